using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// The clinical invariants of docs/safety/invariants.md as checks over one patient: each returns null when
/// it holds and a description of the violation otherwise, so the same checks run over generated patients
/// against the real rule set and against a deliberately broken one.
/// </summary>
internal static class ClinicalInvariants
{
    private static readonly TreatmentOption[] AllOptions = Enum.GetValues<TreatmentOption>();

    /// <summary>I1: same facts, same bytes.</summary>
    public static string? Deterministic(ICrlmDecisionEngine engine, PatientFacts facts)
    {
        var first = ReportJson.Serialize(engine.Recommend(facts));
        var second = ReportJson.Serialize(engine.Recommend(facts with { }));
        return first == second ? null : "two evaluations of the same facts gave different JSON";
    }

    /// <summary>I2: all six options, each with at least one reason.</summary>
    public static string? SixOptionsWithReasons(RecommendationReport report)
    {
        var options = report.Options.Select(o => o.Option).Order().ToArray();
        if (!options.SequenceEqual(AllOptions))
        {
            return "options are " + string.Join(", ", options);
        }

        return report.Options.FirstOrDefault(o => o.Reasons.Count == 0) is { } bare ? $"{bare.Option} has no reason" : null;
    }

    /// <summary>I3: every citation key of every statement resolves in the report's citations.</summary>
    public static string? CitationsResolve(RecommendationReport report)
    {
        var statements = report.Options.SelectMany(o => o.Reasons.Concat(o.Cautions))
            .Concat(report.Notes)
            .Concat(report.Trials.SelectMany(t => t.MatchedBecause));
        foreach (var statement in statements)
        {
            if (statement.Citations.Count == 0)
            {
                return $"{statement.RuleId} cites nothing";
            }

            if (statement.Citations.FirstOrDefault(k => !report.Citations.ContainsKey(k)) is { } missing)
            {
                return $"{statement.RuleId} cites '{missing}', which the report does not list";
            }
        }

        return null;
    }

    /// <summary>I4: uncontrollable extrahepatic disease never leaves a local option recommended at rank 1.</summary>
    public static string? ExtrahepaticDiseaseNotTreatedLocally(PatientFacts facts, RecommendationReport report) =>
        facts.ExtrahepaticDisease == ExtrahepaticDisease.Unresectable && report.Options.Single(o => o.Rank == 1) is { Strength: Strength.Recommended } top
            ? $"{top.Option} recommended at rank 1 despite unresectable extrahepatic disease"
            : null;

    /// <summary>I5: an unfit patient (ECOG 3-4 or not fit for major surgery) is never recommended resection.</summary>
    public static string? UnfitNotRecommendedResection(PatientFacts facts, RecommendationReport report) =>
        (facts.Ecog >= 3 || facts.FitForMajorSurgery == YesNo.No) && Resection(report).Strength == Strength.Recommended
            ? $"resection recommended with ECOG {facts.Ecog} and fitForMajorSurgery {facts.FitForMajorSurgery}"
            : null;

    /// <summary>I6: a remnant under 30% of a normal liver never gives resection recommended without a conversion pathway.</summary>
    public static string? SmallRemnantNeedsPathway(PatientFacts facts, RecommendationReport report) =>
        facts.Liver.FutureLiverRemnantPercent < 30 && facts.Liver.Parenchyma == Parenchyma.Normal
            && Resection(report) is { Strength: Strength.Recommended } resection && !resection.Details.ContainsKey("pathway")
            ? $"resection recommended with a {facts.Liver.FutureLiverRemnantPercent}% remnant and no pathway"
            : null;

    /// <summary>I7: R0 resection judged not feasible never gives resection recommended.</summary>
    public static string? R0NotFeasibleNotRecommended(PatientFacts facts, RecommendationReport report) =>
        facts.Liver.R0ResectionFeasible == YesNo.No && Resection(report).Strength == Strength.Recommended
            ? "resection recommended although R0 resection is not feasible"
            : null;

    /// <summary>
    /// I8: making a known fact unknown never turns an option from not-advised into recommended unless the
    /// report lists the fact under missingFacts (unknown is never read as favourable).
    /// </summary>
    public static string? UnknownNeverFavourable(RecommendationReport known, RecommendationReport blurred, string factPath)
    {
        foreach (var before in known.Options.Where(o => o.Strength == Strength.NotAdvised))
        {
            var after = blurred.Options.Single(o => o.Option == before.Option);
            if (after.Strength == Strength.Recommended && !blurred.MissingFacts.Any(m => m.Fact == factPath))
            {
                return $"{before.Option} went from not-advised to recommended when {factPath} became unknown, and missingFacts does not list it";
            }
        }

        return null;
    }

    /// <summary>I9: lesion labels and lesion order do not change the result.</summary>
    public static string? LesionIdentityIrrelevant(ICrlmDecisionEngine engine, PatientFacts facts, PatientFacts relabelled)
    {
        // A fact warning names its lesion by position, which moves with the lesion: its message must stay the same.
        var original = engine.Recommend(facts);
        var shuffled = engine.Recommend(relabelled);
        var sameWarnings = original.FactWarnings.Select(w => w.Message).Order(StringComparer.Ordinal)
            .SequenceEqual(shuffled.FactWarnings.Select(w => w.Message).Order(StringComparer.Ordinal));
        return sameWarnings && ReportJson.Serialize(original with { FactWarnings = [] }) == ReportJson.Serialize(shuffled with { FactWarnings = [] })
            ? null
            : "relabelling or reordering the lesions changed the report";
    }

    /// <summary>Every per-report invariant (I2-I7) at once.</summary>
    public static string? PerReport(PatientFacts facts, RecommendationReport report) =>
        SixOptionsWithReasons(report) ?? CitationsResolve(report) ?? ExtrahepaticDiseaseNotTreatedLocally(facts, report)
        ?? UnfitNotRecommendedResection(facts, report) ?? SmallRemnantNeedsPathway(facts, report) ?? R0NotFeasibleNotRecommended(facts, report);

    private static RankedOption Resection(RecommendationReport report) => report.Options.Single(o => o.Option == TreatmentOption.Resection);
}
