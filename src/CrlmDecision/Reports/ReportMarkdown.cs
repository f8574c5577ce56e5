using System.Globalization;
using System.Text;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>Writes a report as Markdown for an MDT document: ranking table, basis per option, missing facts, sources.</summary>
public static class ReportMarkdown
{
    /// <summary>The report as Markdown (LF line ends).</summary>
    public static string Write(RecommendationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# Local treatment options").Append(report.PatientId is null ? "" : $" for {report.PatientId}").Append("\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Rule set `{report.RuleSet.Id}` {report.RuleSet.Version} (sha256 `{report.RuleSet.Sha256}`)\n\n");
        md.Append("**").Append(report.Summary).Append("**\n\n");
        if (report.FactWarnings.Count > 0)
        {
            md.Append("## Check these facts\n\nThe advice below was computed from these facts as written; each looks like a slip.\n\n");
            foreach (var w in report.FactWarnings)
            {
                md.Append(CultureInfo.InvariantCulture, $"- `{w.Path}`{(w.Line is { } line ? $" (line {line})" : "")}: {w.Message}\n");
            }

            md.Append('\n');
        }

        md.Append("| Rank | Option | Strength | Score | Details | Combine with |\n|---|---|---|---|---|---|\n");
        foreach (var o in report.Options)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {o.Rank} | {o.Title} | {Word(o.Strength)} | {o.Score} | {ReportText.Details(o)} | {string.Join(", ", o.CombineWith.Select(Word))} |\n");
        }

        Section(md, "Facts that would change the decision", report.DecisiveFacts.Select(DecisiveFact));

        foreach (var o in report.Options)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {o.Rank}. {Word(o.Option)}: {Word(o.Strength)}\n\n");
            foreach (var line in Basis(o))
            {
                md.Append("- ").Append(line).Append('\n');
            }
        }

        Section(md, "Notes", report.Notes.Select(ReportText.Statement));
        Section(md, "Trials (investigational, not ranked)", report.Trials.Select(t => $"**{t.Title}** ({t.TrialId}): {t.Summary} Matched: {string.Join(" ", t.MatchedBecause.Select(ReportText.Statement))}"));
        Section(md, "Missing facts", report.MissingFacts.Select(MissingFact));
        Section(md, "Sources", report.Citations.Select(c => $"{c.Key}: {c.Value.Text}{(c.Value.Doi is null ? "" : $" https://doi.org/{c.Value.Doi}")}"));
        md.Append("\n> ").Append(report.Disclaimer).Append('\n');
        return md.ToString();
    }

    /// <summary>
    /// An option's reasons, then its cautions, one Markdown line each (without the list marker): the statement
    /// with its rule, evidence, review section and citations, a reason an exclusion overrules led by its rule ids.
    /// </summary>
    public static IEnumerable<string> Basis(RankedOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.Reasons.Select(s => (ReportText.Overruled(s) is { } overruled ? $"**{overruled}:** " : "") + ReportText.Statement(s))
            .Concat(option.Cautions.Select(s => "**Caution:** " + ReportText.Statement(s)));
    }

    /// <summary>A decisive fact in one Markdown line: each value tried, and the top option and strength it gives.</summary>
    public static string DecisiveFact(DecisiveFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return $"`{fact.Fact}`: {string.Join("; ", fact.Outcomes.Select(o => $"{o.When} → {Word(o.TopOption)} {Word(o.Strength)}{(o.Changed ? "" : " (unchanged)")}"))}";
    }

    /// <summary>A missing fact in one Markdown line: the fact and the rules that could not be evaluated without it.</summary>
    public static string MissingFact(MissingFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return $"`{fact.Fact}`, needed by {string.Join(", ", fact.NeededBy)}";
    }

    private static void Section(StringBuilder md, string title, IEnumerable<string> lines)
    {
        var items = lines.ToArray();
        if (items.Length == 0)
        {
            return;
        }

        md.Append("\n## ").Append(title).Append("\n\n");
        foreach (var line in items)
        {
            md.Append("- ").Append(line).Append('\n');
        }
    }

    private static string Word(TreatmentOption option) => Words<TreatmentOption>.Of(option);

    private static string Word(Strength strength) => Words<Strength>.Of(strength);
}
