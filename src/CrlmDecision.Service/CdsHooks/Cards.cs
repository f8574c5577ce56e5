using System.Globalization;
using System.Text;
using CrlmDecision.Localisation;
using CrlmDecision.Reports;

namespace CrlmDecision.Service.CdsHooks;

/// <summary>
/// A report as CDS Hooks cards: one per option recommended or to consider, in rank order; where none is, one card
/// that says why: not assessable with the facts missing, or no local treatment advised. Cards are in English.
/// </summary>
internal static class Cards
{
    /// <summary>The code system of the options named in each card's <c>source.topic</c>.</summary>
    public const string OptionSystem = "https://crlm-decision.example/fhir/CodeSystem/treatment-option";

    private const int MaxSummary = 139;

    public static CdsResponse Of(RecommendationReport report)
    {
        var advised = report.Options.Where(o => o.Strength is Strength.Recommended or Strength.Consider).ToList();
        if (advised.Count > 0)
        {
            return new CdsResponse(advised.Select(o => OptionCard(report, o)).ToList());
        }

        var notAssessable = report.Options.Where(o => o.Strength == Strength.NotAssessable).ToList();
        return new CdsResponse([notAssessable.Count > 0 ? NotAssessableCard(report, notAssessable) : NothingAdvisedCard(report)]);
    }

    private static Card OptionCard(RecommendationReport report, RankedOption option)
    {
        var detail = new StringBuilder();
        detail.Append(CultureInfo.InvariantCulture, $"**{option.Title}: {ContractWords.Of(option.Strength)}** (rank {option.Rank}, score {option.Score})\n\n");
        if (option.Details.Count > 0)
        {
            detail.Append("Details: ").Append(ReportText.Details(option)).Append("\n\n");
        }

        List(detail, null, ReportMarkdown.Basis(option));
        DecisiveFacts(detail, report);
        if (option.Rank == report.Options[0].Rank)
        {
            WholeReport(detail, report, missingFacts: true);
        }

        Footer(detail, report);
        var cited = option.Reasons.Concat(option.Cautions).SelectMany(s => s.Citations).Distinct(StringComparer.Ordinal);
        return new Card(
            Short($"#{option.Rank} {ReportText.Headline(option, ReportLanguage.English)}"),
            detail.ToString(),
            option.Cautions.Count > 0 ? "warning" : "info",
            Source(report, option),
            Links(report, cited));
    }

    private static Card NotAssessableCard(RecommendationReport report, List<RankedOption> options)
    {
        var detail = new StringBuilder();
        detail.Append("No option can be advised or ruled out until these facts are known (those that would change the decision first):\n\n");
        List(detail, null, report.MissingFacts.Select(ReportMarkdown.MissingFact));
        List(detail, "Not assessable", options.Select(o => o.Title));
        DecisiveFacts(detail, report);
        WholeReport(detail, report, missingFacts: false);
        Footer(detail, report);
        return new Card(
            Short($"Not assessable: {report.MissingFacts.Count} facts are missing ({string.Join(", ", report.MissingFacts.Take(3).Select(m => m.Fact))})"),
            detail.ToString(),
            "warning",
            Source(report, null),
            null);
    }

    private static Card NothingAdvisedCard(RecommendationReport report)
    {
        var detail = new StringBuilder();
        detail.Append(report.Summary).Append("\n\n");
        WholeReport(detail, report, missingFacts: true);
        List(detail, "Ranking", report.Options.Select(o => $"{o.Rank}. {o.Title}: {ContractWords.Of(o.Strength)}"));
        Footer(detail, report);
        var cited = report.Notes.SelectMany(s => s.Citations).Distinct(StringComparer.Ordinal);
        return new Card(Short(report.Summary), detail.ToString(), "info", Source(report, null), Links(report, cited));
    }

    // What the report says beside its options goes on the first card, so no card reads more certain than the report.
    private static void WholeReport(StringBuilder detail, RecommendationReport report, bool missingFacts)
    {
        List(detail, "Check these facts (each looks like a slip; the advice was computed from them as written)", report.FactWarnings.Select(w => $"`{w.Path}`: {w.Message}"));
        List(detail, "Notes", report.Notes.Select(ReportText.Statement));
        List(detail, "Missing facts (rules that could not be evaluated without them)", missingFacts ? report.MissingFacts.Select(ReportMarkdown.MissingFact) : []);
        List(detail, "Investigational trials (not ranked)", report.Trials.Select(t => $"{t.Title} ({t.TrialId}): {t.Summary}"));
    }

    private static void DecisiveFacts(StringBuilder detail, RecommendationReport report) =>
        List(detail, "Facts that would change the decision (each varied alone)", report.DecisiveFacts.Select(ReportMarkdown.DecisiveFact));

    private static void List(StringBuilder detail, string? heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        if (heading is not null)
        {
            detail.Append("**").Append(heading).Append("**\n\n");
        }

        items.ForEach(line => detail.Append("- ").Append(line).Append('\n'));
        detail.Append('\n');
    }

    private static void Footer(StringBuilder detail, RecommendationReport report) =>
        detail.Append(CultureInfo.InvariantCulture, $"_Rule set {report.RuleSet.Id} {report.RuleSet.Version} (sha256 {report.RuleSet.Sha256}). {report.Disclaimer}_\n");

    private static CardSource Source(RecommendationReport report, RankedOption? option) =>
        new($"CrlmDecision rule set {report.RuleSet.Id} {report.RuleSet.Version}",
            option is null ? null : new CardCoding(OptionSystem, ContractWords.Of(option.Option), option.Title));

    private static List<CardLink>? Links(RecommendationReport report, IEnumerable<string> cited)
    {
        var links = cited
            .Select(key => (Key: key, Entry: report.Citations.GetValueOrDefault(key)))
            .Where(c => c.Entry?.Doi is not null)
            .Select(c => new CardLink(Short($"{c.Key}: {c.Entry!.Text}", 100), "https://doi.org/" + c.Entry.Doi, "absolute"))
            .ToList();
        return links.Count == 0 ? null : links;
    }

    private static string Short(string text, int max = MaxSummary) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
