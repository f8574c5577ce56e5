using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrlmDecision.Cli.Batch;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Service.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// A bounded load on <c>POST /recommendations</c>: starts the service (real Kestrel, anonymous, Production) on a
/// loopback port in this process, sends <c>requests</c> from <c>clients</c> concurrent connections, and stops by
/// itself. Every answer is compared byte for byte with the library's report for the same facts; throughput,
/// latency percentiles, errors and memory are printed (docs/performance.md).
/// </summary>
public static class ServiceLoad
{
    private static readonly JsonSerializerOptions FactsJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Runs the load; <paramref name="mix"/> is <c>examples</c> (the five docs examples) or <c>cohort</c> (synthetic patients with unknown facts).</summary>
    public static async Task<int> Run(int clients, int requests, string mix, string examplesDirectory)
    {
        var app = ServiceApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production",
            "--Service:BaseUrl=http://127.0.0.1", "--Service:Auth:AllowAnonymous=true", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var engine = app.Services.GetRequiredService<ICrlmDecisionEngine>();
            var payloads = Payloads(mix, examplesDirectory)
                .Select(facts => (Body: JsonSerializer.Serialize(facts, FactsJson), Expected: ReportJson.Serialize(engine.Recommend(facts))))
                .ToArray();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(address) };

            Console.WriteLine($"service at {address}; {payloads.Length} distinct patients ({mix}); {clients} clients; warm-up {Math.Min(2_000, requests)} requests");
            await Send(http, payloads, clients, Math.Min(2_000, requests), null);
            GC.Collect();
            var memory = new List<string> { Memory("after warm-up") };
            var latencies = new double[requests];
            var started = Stopwatch.GetTimestamp();
            var (errors, mismatches) = await Send(http, payloads, clients, requests, latencies, quarter => memory.Add(Memory($"after {quarter * 25}%")));
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

            Array.Sort(latencies);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{requests} requests in {seconds:F2} s: {requests / seconds:F0} req/s; latency ms p50 {Percentile(latencies, 0.50):F2}, p90 {Percentile(latencies, 0.90):F2}, p99 {Percentile(latencies, 0.99):F2}, max {latencies[^1]:F2}; errors {errors}; answers differing from the library {mismatches}"));
            memory.ForEach(Console.WriteLine);
            return errors == 0 && mismatches == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task<(int Errors, int Mismatches)> Send(HttpClient http, (string Body, string Expected)[] payloads, int clients, int requests, double[]? latencies, Action<int>? onQuarter = null)
    {
        var next = -1;
        var errors = 0;
        var mismatches = 0;
        async Task Client()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var (body, expected) = payloads[i % payloads.Length];
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync("/recommendations", content);
                    var answer = await response.Content.ReadAsStringAsync();
                    if (latencies is not null)
                    {
                        latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                    }

                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    else if (!string.Equals(answer, expected, StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                if (onQuarter is not null && (i + 1) % (requests / 4) == 0)
                {
                    onQuarter((i + 1) / (requests / 4));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Client)));
        return (errors, mismatches);
    }

    private static IEnumerable<PatientFacts> Payloads(string mix, string examplesDirectory) => mix switch
    {
        "examples" => Directory.GetFiles(examplesDirectory, "*.yaml").Order(StringComparer.Ordinal).Select(FactsReader.ReadFile),
        "cohort" => Enumerable.Range(0, 1_000).Select(i => SyntheticCohort.Patient(i)),
        _ => throw new ArgumentException($"mix '{mix}' is not examples or cohort", nameof(mix)),
    };

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Memory(string when)
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"memory {when}: managed heap {GC.GetTotalMemory(false) / 1048576.0:F1} MB, working set {process.WorkingSet64 / 1048576.0:F1} MB, gen2 collections {GC.CollectionCount(2)}");
    }
}
