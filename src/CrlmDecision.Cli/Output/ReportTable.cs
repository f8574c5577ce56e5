using System.Globalization;
using System.Text;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Cli.Output;

/// <summary>The report for a person at a terminal: a ranking table, then the basis of each option.</summary>
internal static class ReportTable
{
    public static string Write(RecommendationReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"CRLM local treatment options{(report.PatientId is null ? "" : " for " + report.PatientId)}\n");
        text.Append(CultureInfo.InvariantCulture, $"rule set {report.RuleSet.Id} {report.RuleSet.Version} (sha256 {report.RuleSet.Sha256[..12]}...)\n\n");
        if (report.FactWarnings.Count > 0)
        {
            text.Append("Check these facts (the advice below was computed from them as written):\n");
            foreach (var w in report.FactWarnings)
            {
                text.Append("   ? ").Append(w.Format()).Append('\n');
            }

            text.Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"{"#",-2} {"option",-10} {"strength",-14} {"score",6}  details\n");
        foreach (var o in report.Options)
        {
            text.Append(CultureInfo.InvariantCulture, $"{o.Rank,-2} {ContractWords.Of(o.Option),-10} {ContractWords.Of(o.Strength),-14} {o.Score,6}  {ReportText.Details(o)}");
            if (o.CombineWith.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" (combine with {string.Join(", ", o.CombineWith.Select(ContractWords.Of))})");
            }

            text.Append('\n');
        }

        foreach (var o in report.Options)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{o.Rank}. {ContractWords.Of(o.Option)}: {ContractWords.Of(o.Strength)}\n");
            // + a reason; - a reason an exclusion overrules; ? a rule that could not decide a not-assessable option.
            foreach (var s in o.Reasons)
            {
                var mark = ReportText.Overruled(s) is { } overruled ? "   - " + overruled + ": " : o.Strength == Strength.NotAssessable ? "   ? " : "   + ";
                text.Append(mark).Append(ReportText.Statement(s)).Append('\n');
            }

            foreach (var s in o.Cautions)
            {
                text.Append("   ! ").Append(ReportText.Statement(s)).Append('\n');
            }
        }

        foreach (var note in report.Notes)
        {
            text.Append("\nNote: ").Append(ReportText.Statement(note)).Append('\n');
        }

        foreach (var trial in report.Trials)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nTrial (investigational, not ranked): {trial.Title} [{trial.TrialId}]\n   {trial.Summary}\n");
        }

        if (report.MissingFacts.Count > 0)
        {
            text.Append("\nMissing facts (rules that needed them were not evaluated):\n");
            foreach (var m in report.MissingFacts)
            {
                text.Append(CultureInfo.InvariantCulture, $"   {m.Fact}: {string.Join(", ", m.NeededBy)}\n");
            }
        }

        text.Append("\nSources:\n");
        foreach (var (key, c) in report.Citations)
        {
            text.Append(CultureInfo.InvariantCulture, $"   {key}: {c.Text}{(c.Doi is null ? "" : " doi:" + c.Doi)}\n");
        }

        text.Append('\n').Append(report.Disclaimer);
        return text.ToString();
    }
}
