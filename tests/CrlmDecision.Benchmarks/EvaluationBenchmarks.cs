using BenchmarkDotNet.Attributes;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleSets;
using RulesEngine.Models;

namespace CrlmDecision.Benchmarks;

/// <summary>One patient: our full evaluation against the hand-written limit and RulesEngine's executor.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private RuleSet _ruleSet = null!;
    private CrlmDecisionEngine _engine = null!;
    private PatientFacts _facts = null!;
    private RulesEngine.RulesEngine _reDefault = null!;
    private RulesEngine.RulesEngine _reFast = null!;
    private RuleParameter[] _inputs = null!;
    private RecommendationReport _report = null!;
    private bool[] _fired = null!;

    [ParamsSource(nameof(PatientNames))]
    public string Patient { get; set; } = "";

    public static IEnumerable<string> PatientNames => Patients.Names;

    [GlobalSetup]
    public void Setup()
    {
        _ruleSet = RuleSet.LoadEmbedded();
        _engine = new CrlmDecisionEngine(_ruleSet);
        _facts = Patients.All[Patient];
        _report = _engine.Recommend(_facts);
        _inputs = RulesEngineHarness.Inputs(_ruleSet, _facts);
        _reDefault = RulesEngineHarness.Create(_ruleSet, fastCompiler: false);
        _reFast = RulesEngineHarness.Create(_ruleSet, fastCompiler: true);
        RulesEngineHarness.Execute(_reDefault, _inputs, check: true);
        RulesEngineHarness.Execute(_reFast, _inputs, check: true);
        _fired = new bool[HandWritten.ConditionCount];
        CheckHandWrittenAgrees();
    }

    // The baseline must do the same work: on a patient with every fact known it must fire the same rules.
    private void CheckHandWrittenAgrees()
    {
        var evaluation = Evaluator.Evaluate(_ruleSet, _facts);
        if (!evaluation.Unknown.IsEmpty || evaluation.Outcomes.Length != HandWritten.ConditionCount)
        {
            return;
        }

        HandWritten.Conditions(_facts, HandWritten.DerivedOf(_facts), _fired);
        for (var i = 0; i < _fired.Length; i++)
        {
            var fired = evaluation.Outcomes[i].Status is RuleStatus.Fired or RuleStatus.Suppressed;
            if (fired != _fired[i])
            {
                throw new InvalidOperationException($"hand-written condition {i} ({evaluation.Outcomes[i].Rule.Definition.Id}) disagrees with the evaluator for {Patient}");
            }
        }
    }

    /// <summary>Validation, view, derived facts, all rules (three-valued), ranking, report object.</summary>
    [Benchmark(Description = "Recommend (full: facts -> report object)")]
    public RecommendationReport Recommend() => _engine.Recommend(_facts);

    /// <summary>Stages 1 and 2 only: view, derived facts, all rules; no validation, ranking or report.</summary>
    [Benchmark(Description = "Evaluator only (view + derived + rules)")]
    public object Evaluate() => Evaluator.Evaluate(_ruleSet, _facts);

    [Benchmark(Baseline = true, Description = "Hand-written C# (derived + 63 conditions)")]
    public int HandWrittenLimit() => HandWritten.Conditions(_facts, HandWritten.DerivedOf(_facts), _fired);

    [Benchmark(Description = "RulesEngine ExecuteAllRulesAsync, defaults")]
    public int RulesEngineDefault() => RulesEngineHarness.Execute(_reDefault, _inputs);

    [Benchmark(Description = "RulesEngine ExecuteAllRulesAsync, FastExpressionCompiler")]
    public int RulesEngineFast() => RulesEngineHarness.Execute(_reFast, _inputs);

    [Benchmark(Description = "ReportJson.Serialize (indented)")]
    public string SerializeJson() => ReportJson.Serialize(_report);
}
