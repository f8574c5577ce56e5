using CrlmDecision.Compilation;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The hand-written limit doing the same work as <c>Recommend</c> for a patient whose facts are all known:
/// the same validation, the hand-written derived facts and 81 conditions in place of the compiled rules, the
/// same suppression, and the library's own ranking and report. The difference to <c>Recommend</c> is then
/// exactly what the rule engine costs over plain C#.
/// </summary>
/// <remarks>Two-valued: for a patient with unknown facts it is not the same work (EvaluationBenchmarks checks).</remarks>
public sealed class HandWrittenReport
{
    private readonly CompiledRuleSet _compiled;
    private readonly ReportParts _parts;
    private readonly int[] _slots; // for each derived fact as results list them (ordinal name order), its place in Names

    private static readonly string[] Names =
        ["lesionCount", "largestDiameterMm", "allLesionsUnder30Mm", "remnantAdequate", "resectability", "clinicalRiskScore", "bilobarDisease", "combinedPlanPattern"];

    private static readonly object True = true;
    private static readonly object False = false;

    internal HandWrittenReport(RuleSet ruleSet)
    {
        _compiled = ruleSet.Compiled;
        _parts = ruleSet.Parts;
        _slots = _compiled.DerivedNames.Select(name => Array.IndexOf(Names, name)).ToArray();
        if (_slots.Contains(-1) || _slots.Length != Names.Length || _compiled.RuleCount != HandWritten.ConditionCount)
        {
            throw new InvalidOperationException("the hand-written code no longer covers this rule set's derived facts and rules");
        }
    }

    public RecommendationReport Recommend(PatientFacts facts)
    {
        if (FactsValidator.Validate(facts).Count > 0)
        {
            throw new InvalidFactsException(facts.PatientId, FactsValidator.Validate(facts));
        }

        var d = HandWritten.DerivedOf(facts);
        Span<bool> fired = stackalloc bool[HandWritten.ConditionCount];
        HandWritten.Conditions(facts, d, fired);
        var statuses = new RuleStatus[HandWritten.ConditionCount];
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] = fired[i] ? RuleStatus.Fired : RuleStatus.NotFired;
        }

        Evaluator.Suppress(_compiled, statuses);

        var boxed = new object?[_slots.Length];
        for (var i = 0; i < boxed.Length; i++)
        {
            boxed[i] = _slots[i] switch
            {
                0 => d.LesionCount,
                1 => d.LargestDiameterMm,
                2 => d.AllLesionsUnder30Mm ? True : False,
                3 => d.RemnantAdequate ? True : False,
                4 => d.Resectable ? "resectable" : "unresectable",
                5 => d.ClinicalRiskScore,
                6 => d.BilobarDisease ? True : False,
                _ => d.CombinedPlanPattern ? True : False,
            };
        }

        return Ranker.Rank(_parts, facts, [], new EvaluationResult(boxed, statuses), []);
    }
}
