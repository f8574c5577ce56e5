using BenchmarkDotNet.Attributes;
using CrlmDecision.RuleModel;
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

    /// <summary>Read the embedded YAML, parse, check, hash, join the precompiled parts (ADR 0004).</summary>
    [Benchmark(Description = "RuleSet.LoadEmbedded (YAML + checks + hash; precompiled expressions)")]
    public RuleSet LoadPrecompiled() => RuleSet.LoadEmbedded();

    /// <summary>The same rule set from its folder with every expression parsed, guarded and compiled, as for any other content.</summary>
    [Benchmark(Baseline = true, Description = "RuleSet.LoadCompiled (YAML + checks + hash + parse + guard + compile)")]
    public RuleSet LoadAndCompile() => RuleSet.LoadCompiled(Folder);

    private static readonly string Folder = Path.Combine(RuleSetVersions.FindRoot(AppContext.BaseDirectory), "1.0.0");

    [Benchmark(Description = "RulesEngine first call, defaults")]
    public int RulesEngineFirstCallDefault() =>
        RulesEngineHarness.Execute(new RulesEngine.RulesEngine(_workflows, RulesEngineHarness.Settings(false)), _inputs);

    [Benchmark(Description = "RulesEngine first call, FastExpressionCompiler")]
    public int RulesEngineFirstCallFast() =>
        RulesEngineHarness.Execute(new RulesEngine.RulesEngine(_workflows, RulesEngineHarness.Settings(true)), _inputs);
}
