using BenchmarkDotNet.Attributes;
using CrlmDecision.Compilation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using NRules;
using RulesEngine.Models;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// One patient: <c>Recommend</c> against NRules' bare floor on the same session factory, RulesEngine's executor
/// over the same expressions, and the hand-written C# limit.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class EvaluationBenchmarks
{
    private CrlmDecisionEngine _engine = null!;
    private CrlmDecisionEngine _newest = null!;
    private ISessionFactory _sessions = null!;
    private int _ruleCount;
    private int _derivedCount;
    private PatientView _view = null!;
    private PatientFacts _facts = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;
    private RuleParameter[] _inputs = null!;
    private bool[] _fired = null!;
    private HandWrittenReport _handWritten = null!;
    private bool _sameWork;

    [ParamsSource(nameof(PatientNames))]
    public string Patient { get; set; } = "";

    public static IEnumerable<string> PatientNames => Patients.Names;

    [GlobalSetup]
    public void Setup()
    {
        var ruleSet = RuleSet.LoadEmbedded("1.0.0");
        _engine = new CrlmDecisionEngine(ruleSet);
        _newest = new CrlmDecisionEngine(RuleSet.LoadEmbedded());
        _sessions = ruleSet.Compiled.Sessions;
        _ruleCount = ruleSet.Compiled.RuleCount;
        _derivedCount = ruleSet.Compiled.DerivedFacts.Count;
        _facts = Patients.All[Patient];
        _view = PatientViewBuilder.Build(_facts);
        var report = _engine.Recommend(_facts);
        _inputs = RulesEngineHarness.Inputs(ruleSet, _facts, report);
        _rulesEngine = RulesEngineHarness.Create(ruleSet);
        RulesEngineHarness.Execute(_rulesEngine, _inputs, check: true);
        _fired = new bool[HandWritten.ConditionCount];
        _handWritten = new HandWrittenReport(ruleSet);
        CheckHandWrittenAgrees(report);
    }

    // The limit must do the same work: on a patient whose rules are all evaluable it must fire the same rules
    // (suppressed ones count as fired) and compute the same derived facts; handwritten-check does this on a cohort.
    private void CheckHandWrittenAgrees(RecommendationReport report)
    {
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

    /// <summary>Validation, view, NRules session (derived facts and all rules, three-valued), ranking, report object.</summary>
    [Benchmark(Baseline = true, Description = "Recommend")]
    public RecommendationReport Recommend() => _engine.Recommend(_facts);

    /// <summary>The same call on the newest released rule set (the default); the rows above stay on 1.0.0, which the hand-written code mirrors.</summary>
    [Benchmark(Description = "Recommend, newest released rule set")]
    public RecommendationReport RecommendNewest() => _newest.Recommend(_facts);

    /// <summary>
    /// What NRules alone costs on the same network: a session, the same facts, Fire; no outcome read back. The
    /// session gets the outcome sink its rules' actions resolve (they cannot fire without it).
    /// </summary>
    [Benchmark(Description = "NRules floor: CreateSession, insert, Fire")]
    public int NRulesFloor()
    {
        var session = _sessions.CreateSession();
        session.DependencyResolver = new Outcomes(_ruleCount, _derivedCount);
        session.InsertAll(Verdict.All);
        session.Insert(_view);
        return session.Fire();
    }

    /// <summary>The retired engine's executor over the same 81 expressions, derived facts given (not timed).</summary>
    [Benchmark(Description = "RulesEngine ExecuteAllRulesAsync")]
    public int RulesEngineExecute() => RulesEngineHarness.Execute(_rulesEngine, _inputs);

    [Benchmark(Description = "Hand-written C# (8 derived + 81 conditions)")]
    public int HandWrittenLimit() => HandWritten.Conditions(_facts, HandWritten.DerivedOf(_facts), _fired);

    /// <summary>Recommend's work with the hand-written conditions (only for a patient whose rules are all evaluable).</summary>
    [Benchmark(Description = "Hand-written C# + the same validation, suppression, ranking, report")]
    public RecommendationReport? HandWrittenFull() => _sameWork ? _handWritten.Recommend(_facts) : null;
}
