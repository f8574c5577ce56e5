using BenchmarkDotNet.Attributes;

namespace CrlmDecision.Benchmarks;

/// <summary>A warm rule-set load: read the embedded YAML, parse, guard, lower, and compile the NRules network.</summary>
[Config(typeof(BenchmarkConfig))]
public class LoadBenchmarks
{
    [Benchmark(Description = "RuleSet.LoadEmbedded(\"1.0.0\")")]
    public RuleSet Load() => RuleSet.LoadEmbedded("1.0.0");
}
