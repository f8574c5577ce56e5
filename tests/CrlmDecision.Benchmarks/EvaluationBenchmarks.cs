using BenchmarkDotNet.Attributes;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
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
    private HandWrittenReport _handWritten = null!;
    private bool _sameWork;

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
        _handWritten = new HandWrittenReport(_ruleSet);
        CheckHandWrittenAgrees();
    }

    // The baseline must do the same work: on a patient whose rules are all evaluable it must fire the same rules
    // (suppressed ones count as fired) and compute the same derived facts; handwritten-check does this on a cohort.
    private void CheckHandWrittenAgrees()
    {
        var report = _engine.Recommend(_facts);
        if (!HandWrittenCheck.Comparable(_facts, report))
        {
            return;
        }

        var derived = HandWritten.DerivedOf(_facts);
        HandWritten.Conditions(_facts, derived, _fired);
        var compared = 0;
        var disagreement = HandWrittenCheck.FirstDerivedDisagreement(report, derived, ref compared) ?? HandWrittenCheck.FirstRuleDisagreement(report, _fired);
        if (disagreement is not null)
        {
            throw new InvalidOperationException($"hand-written code disagrees with the report for {Patient}: {disagreement}");
        }

        if (ReportJson.Serialize(_handWritten.Recommend(_facts)) != ReportJson.Serialize(report))
        {
            throw new InvalidOperationException($"the hand-written report differs from Recommend's for {Patient}");
        }

        _sameWork = true;
    }

    /// <summary>Validation, view, derived facts, all rules (three-valued), ranking, report object.</summary>
    [Benchmark(Description = "Recommend (full: facts -> report object)")]
    public RecommendationReport Recommend() => _engine.Recommend(_facts);

    /// <summary>Stages 1 and 2 only: view, derived facts, all rules; no validation, ranking or report.</summary>
    [Benchmark(Description = "Evaluator only (view + derived + rules)")]
    public object Evaluate() => Evaluator.Evaluate(_ruleSet, _facts);

    [Benchmark(Baseline = true, Description = "Hand-written C# (derived + 81 conditions)")]
    public int HandWrittenLimit() => HandWritten.Conditions(_facts, HandWritten.DerivedOf(_facts), _fired);

    /// <summary>The same work as Recommend with hand-written conditions (only for a patient with all facts known).</summary>
    [Benchmark(Description = "Hand-written C# + the same validation, ranking and report")]
    public RecommendationReport? HandWrittenFull() => _sameWork ? _handWritten.Recommend(_facts) : null;

    [Benchmark(Description = "RulesEngine ExecuteAllRulesAsync, defaults")]
    public int RulesEngineDefault() => RulesEngineHarness.Execute(_reDefault, _inputs);

    [Benchmark(Description = "RulesEngine ExecuteAllRulesAsync, FastExpressionCompiler")]
    public int RulesEngineFast() => RulesEngineHarness.Execute(_reFast, _inputs);

    [Benchmark(Description = "ReportJson.Serialize (indented)")]
    public string SerializeJson() => ReportJson.Serialize(_report);
}
