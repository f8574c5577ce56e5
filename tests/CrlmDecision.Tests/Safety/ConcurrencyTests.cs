using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CsCheck;
using Xunit.Abstractions;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// One engine shared by many threads gives the reports sequential evaluation gives; swapping the rule set
/// under load never yields a report that mixes two versions.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Threads = 8;
    private const int EvaluationsPerThread = 2_000;

    [Fact]
    public async Task Recommend_SharedEngineEightThreads_SameReportsAsSequential()
    {
        var engine = SharedEngine.Current;
        var pool = Pool(400);
        var expected = pool.Select(f => Hash(engine.Recommend(f))).ToArray();
        var clock = Stopwatch.StartNew();

        var mismatches = await Task.WhenAll(Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            var wrong = 0;
            for (var k = 0; k < EvaluationsPerThread; k++)
            {
                var i = (t * 7_919 + k * 31) % pool.Length;
                wrong += Hash(engine.Recommend(pool[i])) == expected[i] ? 0 : 1;
            }

            return wrong;
        })));

        output.WriteLine($"{Threads} x {EvaluationsPerThread} evaluations in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.All(mismatches, m => Assert.Equal(0, m));
    }

    [Fact]
    public async Task Recommend_RuleSetSwappedUnderLoad_EveryReportFromOneVersion()
    {
        var a = RuleSet.Load(SharedEngine.Fixtures("RuleSets", "reload-a"));
        var b = RuleSet.Load(SharedEngine.Fixtures("RuleSets", "reload-b"));
        var provider = new CrlmDecisionEngineProvider(a);
        var pool = Pool(200);
        using var stop = new CancellationTokenSource();
        var swaps = 0;
        var swapper = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                provider.Swap(swaps % 2 == 0 ? b : a);
                swaps++;
                Thread.Yield();
            }
        });

        var seen = await Task.WhenAll(Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            var (fromA, fromB) = (0, 0);
            for (var k = 0; k < EvaluationsPerThread; k++)
            {
                var report = provider.Recommend(pool[(t + k) % pool.Length]);
                var isA = Consistent(report, a, "RLA-") ? true : Consistent(report, b, "RLB-") ? false
                    : throw new InvariantViolationException($"report of {report.RuleSet.Version} mixes versions: rules {string.Join(", ", report.Rules.Select(r => r.RuleId))}");
                (fromA, fromB) = isA ? (fromA + 1, fromB) : (fromA, fromB + 1);
            }

            return (fromA, fromB);
        })));
        await stop.CancelAsync();
        await swapper;

        output.WriteLine($"{Threads} x {EvaluationsPerThread} evaluations across {swaps} swaps: {seen.Sum(s => s.fromA)} from A, {seen.Sum(s => s.fromB)} from B");
        Assert.True(swaps > 10, $"only {swaps} swaps happened");
        Assert.True(seen.Sum(s => s.fromA) > 0 && seen.Sum(s => s.fromB) > 0, "both versions should have served reports");
    }

    // A report belongs to a version when its identity names it and all its content comes from its rules.
    private static bool Consistent(RecommendationReport report, RuleSet set, string prefix) =>
        report.RuleSet.Version == set.Version && report.RuleSet.Sha256 == set.Sha256
        && report.Rules.All(r => r.RuleId.StartsWith(prefix, StringComparison.Ordinal))
        && report.Options.SelectMany(o => o.Reasons).All(s => s.RuleId.StartsWith(prefix, StringComparison.Ordinal) || s.RuleId.StartsWith("manifest:", StringComparison.Ordinal))
        && report.Options[0].Reasons[0].RuleId.StartsWith(prefix, StringComparison.Ordinal);

    private static PatientFacts[] Pool(int size)
    {
        PatientFacts[] pool = [];
        PatientGenerators.Patient.Array[size, size].Sample(p => pool = p, iter: 1, threads: 1);
        return pool;
    }

    private static string Hash(RecommendationReport report) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ReportJson.Serialize(report))));
}
