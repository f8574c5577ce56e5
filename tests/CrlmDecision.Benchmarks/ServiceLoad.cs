using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrlmDecision.Cli.Batch;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// A bounded load on <c>POST /recommendations</c>: starts the service in its own process (real Kestrel,
/// anonymous, Production) on a free loopback port, or uses one already running at a URL, and sends
/// <c>requests</c> from <c>clients</c> concurrent connections twice: right after a short warm-up (a fresh
/// replica, while the JIT is still tiering) and after <c>warmSeconds</c> more of load (steady state). Every answer
/// is compared byte for byte with the library's report for the same facts. Prints throughput, latency
/// percentiles, errors, and the service's CPU per request and memory (docs/performance.md). Stops by itself.
/// </summary>
public static class ServiceLoad
{
    private static readonly JsonSerializerOptions FactsJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Runs the load; <paramref name="mix"/> is <c>examples</c> (the five docs examples) or <c>cohort</c> (synthetic patients with unknown facts).</summary>
    public static async Task<int> Run(int clients, int requests, string mix, string examplesDirectory, int warmSeconds, string? url = null)
    {
        using var service = url is null ? StartService(out url) : null;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(url) };
        await WaitUntilReady(http);

        // The expected answers come from the library in this process, for the same JSON document (a fact warning
        // carries the document's line) and the same rule set the service pins.
        var engine = CrlmDecisionEngine.CreateDefault();
        var payloads = Payloads(mix, examplesDirectory)
            .Select(facts => JsonSerializer.Serialize(facts, FactsJson))
            .Select(body => (Body: body, Expected: ReportJson.Serialize(engine.Recommend(FactsReader.ReadDocument(body, "request body")))))
            .ToArray();
        Console.WriteLine($"service at {url} ({(service is null ? "given" : $"own process {service.Id}")}); {payloads.Length} distinct patients ({mix}); {clients} clients");

        await Send(http, payloads, clients, 2_000, null);
        var failed = await Measure("fresh (after 2,000 requests)", http, payloads, clients, requests, service);
        var until = Stopwatch.GetTimestamp() + (long)(warmSeconds * (double)Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            await Send(http, payloads, clients, 2_000, null);
        }

        failed |= await Measure($"steady (after {warmSeconds} s more)", http, payloads, clients, requests, service);
        service?.Kill();
        return failed ? 1 : 0;
    }

    private static async Task<bool> Measure(string phase, HttpClient http, (string Body, string Expected)[] payloads, int clients, int requests, Process? service)
    {
        var latencies = new double[requests];
        var cpu = service?.TotalProcessorTime ?? TimeSpan.Zero;
        var memory = new List<string> { Memory(service, "start") };
        var started = Stopwatch.GetTimestamp();
        var (errors, mismatches) = await Send(http, payloads, clients, requests, latencies, quarter => memory.Add(Memory(service, $"{quarter * 25}%")));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var serviceCpu = service is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; service CPU {(service.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / requests:F0} us per request");

        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase}: {requests} requests in {seconds:F2} s: {requests / seconds:F0} req/s; latency ms p50 {Percentile(latencies, 0.50):F2}, p90 {Percentile(latencies, 0.90):F2}, p99 {Percentile(latencies, 0.99):F2}, max {latencies[^1]:F2}; errors {errors}; answers differing from the library {mismatches}{serviceCpu}"));
        Console.WriteLine("  service working set (MB): " + string.Join(", ", memory));
        return errors > 0 || mismatches > 0;
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

    /// <summary>The service from this folder (the benchmark project references it) as `dotnet CrlmDecision.Service.dll`.</summary>
    private static Process StartService(out string url)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "CrlmDecision.Service.dll", "--urls", url, "--environment", "Production", "--Service:BaseUrl=" + url, "--Service:Auth:AllowAnonymous=true" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the service did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("service: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReady(HttpClient http)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("the service was not ready within 30 s");
    }

    private static IEnumerable<PatientFacts> Payloads(string mix, string examplesDirectory) => mix switch
    {
        "examples" => Directory.GetFiles(examplesDirectory, "*.yaml").Order(StringComparer.Ordinal).Select(FactsReader.ReadFile),
        "cohort" => Enumerable.Range(0, 1_000).Select(i => SyntheticCohort.Patient(i)),
        _ => throw new ArgumentException($"mix '{mix}' is not examples or cohort", nameof(mix)),
    };

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Memory(Process? service, string when)
    {
        if (service is null)
        {
            return when + " n/a";
        }

        service.Refresh();
        return string.Create(CultureInfo.InvariantCulture, $"{when} {service.WorkingSet64 / 1048576.0:F0}");
    }
}
