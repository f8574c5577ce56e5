using BenchmarkDotNet.Attributes;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The cost of the what-if (issue 15: within 20x a plain evaluation): <c>Recommend</c>, which re-evaluates the rule
/// set once per value of each unknown fact a rule needed, against the same call without the what-if (validation,
/// evaluation, ranking and report, no decisive facts), on the newest released rule set.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class WhatIfBenchmarks
{
    private RuleSet _ruleSet = null!;
    private CrlmDecisionEngine _engine = null!;
    private PatientFacts _facts = null!;

    [ParamsSource(nameof(PatientNames))]
    public string Patient { get; set; } = "";

    public static IEnumerable<string> PatientNames => Patients.Names;

    [GlobalSetup]
    public void Setup()
    {
        _ruleSet = RuleSet.LoadEmbedded();
        _engine = new CrlmDecisionEngine(_ruleSet);
        _facts = Patients.All[Patient];
        var report = _engine.Recommend(_facts);
        Console.WriteLine($"// {Patient}: {report.MissingFacts.Count} missing facts, {report.DecisiveFacts.Count} decisive");
    }

    /// <summary>What Recommend did before the what-if: validation, evaluation, ranking and the report object.</summary>
    [Benchmark(Baseline = true, Description = "plain evaluation (no what-if)")]
    public RecommendationReport Plain()
    {
        var check = FactsValidator.Check(_facts, null);
        return Ranker.Rank(_ruleSet.Parts, _facts, check.Warnings, Evaluator.Evaluate(_ruleSet.Compiled, _facts), []);
    }

    /// <summary>The report with its decisive facts, as every caller gets it.</summary>
    [Benchmark(Description = "Recommend (with what-if)")]
    public RecommendationReport Recommend() => _engine.Recommend(_facts);
}
