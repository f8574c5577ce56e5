using BenchmarkDotNet.Attributes;
using CrlmDecision.RuleSets;
using RulesEngine.Models;

namespace CrlmDecision.Benchmarks;

/// <summary>Rule-set load and compile against RulesEngine's first call (it compiles lazily, on first execution).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private RuleSet _ruleSet = null!;
    private Workflow[] _workflows = null!;
    private RuleParameter[] _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ruleSet = RuleSet.LoadEmbedded();
        _workflows = RulesEngineHarness.Workflows(_ruleSet);
        _inputs = RulesEngineHarness.Inputs(_ruleSet, Patients.All["resectable-solitary"]);
        RulesEngineHarness.Execute(new RulesEngine.RulesEngine(_workflows, RulesEngineHarness.Settings(false)), _inputs, check: true);
    }

    /// <summary>Read the embedded YAML, parse, check, parse every expression, guard, compile every leaf.</summary>
    [Benchmark(Baseline = true, Description = "RuleSet.LoadEmbedded (YAML + parse + guard + compile)")]
    public RuleSet LoadAndCompile() => RuleSet.LoadEmbedded();

    [Benchmark(Description = "RulesEngine first call, defaults")]
    public int RulesEngineFirstCallDefault() =>
        RulesEngineHarness.Execute(new RulesEngine.RulesEngine(_workflows, RulesEngineHarness.Settings(false)), _inputs);

    [Benchmark(Description = "RulesEngine first call, FastExpressionCompiler")]
    public int RulesEngineFirstCallFast() =>
        RulesEngineHarness.Execute(new RulesEngine.RulesEngine(_workflows, RulesEngineHarness.Settings(true)), _inputs);
}
