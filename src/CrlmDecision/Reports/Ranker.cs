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

    /// <summary>
    /// The report for <paramref name="facts"/> (with the validator's <paramref name="warnings"/>) from the rule set's
    /// <paramref name="evaluation"/>, with the <paramref name="decisive"/> facts the what-if found.
    /// </summary>
    public static RecommendationReport Rank(ReportParts parts, PatientFacts facts, IReadOnlyList<FactWarning> warnings, EvaluationResult evaluation, IReadOnlyList<DecisiveFact> decisive)
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
            Summary = SummaryLine.Of(options, decisive, ReportWords.English),
            SummaryZhCn = SummaryLine.Of(options, decisive, ReportWords.Chinese),
            FactWarnings = warnings,
            Facts = FactValues.PatientPaths.Select(path => new FactEcho(path, FactValues.Get(facts, path))).ToArray(),
            Derived = new ArrayMap<object?>(parts.DerivedNames, evaluation.Derived),
            Options = options,
            Notes = notes,
            Trials = trials,
            DecisiveFacts = decisive,
            MissingFacts = MissingFactsSection.Of(parts, evaluation, decisive),
            Rules = new RuleTraceList(parts.Rules, evaluation),

            // Only now is every sentence of the report built, so only now are all its citations known.
            Citations = cited.ToCitations(),
            Disclaimer = parts.Disclaimer.En,
            DisclaimerZhCn = parts.Disclaimer.ZhCn,
        };
    }

    /// <summary>
    /// The six options judged and in rank order: strength, then score (highest first), then contract order, a total
    /// order, so the ranking is deterministic. The what-if reads the top of it for each value it tries.
    /// </summary>
    public static Judgement[] Judge(ReportParts parts, RuleStatus[] statuses) => AllOptions
        .Select(option => Judgement.Of(parts, option, statuses))
        .OrderBy(judgement => judgement.Strength)
        .ThenByDescending(judgement => judgement.Score)
        .ThenBy(judgement => judgement.Option)
        .ToArray();

    // All six options, always: judged first, so each option's rank is known when it is built.
    private static RankedOption[] RankOptions(ReportParts parts, EvaluationResult evaluation, CitedSet cited)
    {
        var judged = Judge(parts, evaluation.Statuses);

        var builder = new RankedOptionBuilder(parts, evaluation, cited);
        var options = new RankedOption[judged.Length];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = builder.Build(judged[i], rank: i + 1);
        }

        return options;
    }
}
