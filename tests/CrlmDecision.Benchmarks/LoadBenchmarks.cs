using BenchmarkDotNet.Attributes;

namespace CrlmDecision.Benchmarks;

/// <summary>A warm rule-set load: read the embedded YAML, parse, guard, lower, and compile the NRules network.</summary>
/// <remarks>More warm-up than the shared job: a load's time falls for about ten iterations as tiered JIT reaches its code.</remarks>
[Config(typeof(BenchmarkConfig))]
[WarmupCount(20)]
[IterationCount(15)]
public class LoadBenchmarks
{
    [Benchmark(Description = "RuleSet.LoadEmbedded(\"1.0.0\")")]
    public RuleSet Load() => RuleSet.LoadEmbedded("1.0.0");
}
