using BenchmarkDotNet.Attributes;
using CrlmDecision.Cli.Batch;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Benchmarks;

/// <summary>10,000 synthetic patients through Recommend, on one thread and on every core.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    public const int Size = 10_000;

    private CrlmDecisionEngine _engine = null!;
    private PatientFacts[] _cohort = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new CrlmDecisionEngine(RuleSet.LoadEmbedded());
        _cohort = Enumerable.Range(0, Size).Select(i => SyntheticCohort.Patient(i)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "10,000 patients, one thread")]
    public int Sequential()
    {
        var recommended = 0;
        foreach (var facts in _cohort)
        {
            recommended += _engine.Recommend(facts).Options[0].Strength == Reports.Strength.Recommended ? 1 : 0;
        }

        return recommended;
    }

    [Benchmark(Description = "10,000 patients, Parallel.For on every core")]
    public int Parallel()
    {
        var recommended = 0;
        System.Threading.Tasks.Parallel.For(0, _cohort.Length, i =>
        {
            if (_engine.Recommend(_cohort[i]).Options[0].Strength == Reports.Strength.Recommended)
            {
                Interlocked.Increment(ref recommended);
            }
        });
        return recommended;
    }
}
