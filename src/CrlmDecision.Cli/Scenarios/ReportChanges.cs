namespace CrlmDecision.Cli.Scenarios;

/// <summary>
/// What changed in a recommendation between two reports, in the words a rule author reads: the ranking,
/// then per option its rank, strength, score, details and the reasons and cautions added or removed by
/// rule id; then notes, trial matches and missing facts. Empty when nothing a reader sees changed.
/// </summary>
internal static class ReportChanges
{
    public static IReadOnlyList<string> Describe(ReportSummary before, ReportSummary after)
    {
        var lines = new List<string>();
        var oldOrder = before.Options.Select(o => o.Option).ToArray();
        var newOrder = after.Options.Select(o => o.Option).ToArray();
        if (!oldOrder.SequenceEqual(newOrder, StringComparer.Ordinal))
        {
            lines.Add($"ranking: {string.Join(" > ", oldOrder)}  ->  {string.Join(" > ", newOrder)}");
        }

        foreach (var now in after.Options)
        {
            var was = before.Options.FirstOrDefault(o => o.Option == now.Option);
            if (was is null)
            {
                lines.Add($"{now.Option}: new option, {now.Strength}");
                continue;
            }

            var option = new List<string>();
            Change(option, "strength", was.Strength, now.Strength);
            Change(option, "rank", was.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), now.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Change(option, "score", was.Score, now.Score);
            Change(option, "combineWith", string.Join(", ", was.CombineWith), string.Join(", ", now.CombineWith));
            foreach (var key in was.Details.Keys.Union(now.Details.Keys).Order(StringComparer.Ordinal))
            {
                Change(option, "details." + key, was.Details.GetValueOrDefault(key, "(none)"), now.Details.GetValueOrDefault(key, "(none)"));
            }

            Statements(option, "reason", was.Reasons, now.Reasons);
            Statements(option, "caution", was.Cautions, now.Cautions);
            if (option.Count > 0)
            {
                lines.Add($"{now.Option}:");
                lines.AddRange(option.Select(l => "  " + l));
            }
        }

        var report = new List<string>();
        Statements(report, "note", before.Notes, after.Notes);
        Words(report, "trial match", before.Trials, after.Trials);
        Words(report, "missing fact", before.MissingFacts, after.MissingFacts);
        if (report.Count > 0)
        {
            lines.Add("report:");
            lines.AddRange(report.Select(l => "  " + l));
        }

        return lines;
    }

    private static void Change(List<string> lines, string field, string was, string now)
    {
        if (was != now)
        {
            lines.Add($"{field}: {(was.Length == 0 ? "(none)" : was)} -> {(now.Length == 0 ? "(none)" : now)}");
        }
    }

    private static void Statements(List<string> lines, string kind, IReadOnlyList<StatementSummary> was, IReadOnlyList<StatementSummary> now)
    {
        foreach (var s in was.Where(s => now.All(n => n.RuleId != s.RuleId)))
        {
            lines.Add($"- {kind} {s.RuleId}: {Short(s.Text)}");
        }

        foreach (var s in now.Where(s => was.All(w => w.RuleId != s.RuleId)))
        {
            lines.Add($"+ {kind} {s.RuleId}: {Short(s.Text)}");
        }

        foreach (var s in now.Where(s => was.Any(w => w.RuleId == s.RuleId && w.Text != s.Text)))
        {
            lines.Add($"~ {kind} {s.RuleId} reworded: {Short(s.Text)}");
        }
    }

    private static void Words(List<string> lines, string kind, IReadOnlyList<string> was, IReadOnlyList<string> now)
    {
        lines.AddRange(was.Except(now, StringComparer.Ordinal).Select(w => $"- {kind} {w}"));
        lines.AddRange(now.Except(was, StringComparer.Ordinal).Select(w => $"+ {kind} {w}"));
    }

    private static string Short(string text) => text.Length <= 140 ? text : text[..137] + "...";
}
