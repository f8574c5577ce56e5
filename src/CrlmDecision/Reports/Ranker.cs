using CrlmDecision.Evaluation;
using CrlmDecision.Facts;

namespace CrlmDecision.Reports;

/// <summary>
/// Turns rule outcomes into the report, deterministically: each option judged (<see cref="Judgement"/>), ranked
/// and built (<see cref="RankedOptionBuilder"/>), then the notes, trial matches, missing facts and citations.
/// </summary>
/// <remarks>
/// Runs once per patient over parts shared by every report of the rule set (<see cref="ReportParts"/>): the
/// rules' sentences, details and trace entries are referenced, not rebuilt.
/// </remarks>
internal static class Ranker
{
    private static readonly TreatmentOption[] AllOptions = Enum.GetValues<TreatmentOption>();

    /// <summary>The report for <paramref name="facts"/> (with the validator's <paramref name="warnings"/>) from the rule set's <paramref name="evaluation"/>.</summary>
    public static RecommendationReport Rank(ReportParts parts, PatientFacts facts, IReadOnlyList<FactWarning> warnings, EvaluationResult evaluation)
    {
        var statuses = evaluation.Statuses;
        var cited = new CitedSet(parts);
        var options = RankOptions(parts, evaluation, cited);
        var notes = ReportNotes.Of(parts, statuses, options, cited);
        var trials = TrialMatches.Of(parts, statuses, cited);

        return new RecommendationReport
        {
            RuleSet = parts.Identity,
            PatientId = facts.PatientId,
            FactWarnings = warnings,
            Derived = new ArrayMap<object?>(parts.DerivedNames, evaluation.Derived),
            Options = options,
            Notes = notes,
            Trials = trials,
            MissingFacts = MissingFactsSection.Of(parts, evaluation),
            Rules = new RuleTraceList(parts.Rules, evaluation),

            // Only now is every sentence of the report built, so only now are all its citations known.
            Citations = cited.ToCitations(),
            Disclaimer = parts.Disclaimer,
        };
    }

    // All six options, always: judged first, so each option's rank is known when it is built. Strength, then
    // score (highest first), then contract order is a total order, so the ranking is deterministic.
    private static RankedOption[] RankOptions(ReportParts parts, EvaluationResult evaluation, CitedSet cited)
    {
        var judged = AllOptions
            .Select(option => Judgement.Of(parts, option, evaluation.Statuses))
            .OrderBy(judgement => judgement.Strength)
            .ThenByDescending(judgement => judgement.Score)
            .ThenBy(judgement => judgement.Option)
            .ToArray();

        var builder = new RankedOptionBuilder(parts, evaluation, cited);
        var options = new RankedOption[judged.Length];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = builder.Build(judged[i], rank: i + 1);
        }

        return options;
    }
}
