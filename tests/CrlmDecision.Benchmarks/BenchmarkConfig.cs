using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// One launch, 3 warm-up and 10 measured iterations, allocations counted: each class runs in a few minutes on
/// two cores (the default job would take over half an hour); full patient names in the tables.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
    }
}
