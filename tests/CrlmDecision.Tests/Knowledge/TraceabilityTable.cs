namespace CrlmDecision.Tests.Knowledge;

/// <summary>One row of the traceability table: a review statement and the rules that encode it.</summary>
internal sealed record TraceabilityRow(string Statement, string Section, IReadOnlyList<string> Rules);

/// <summary>
/// Reads docs/knowledge/traceability.md: the first markdown table whose header has both a Section and a Rules
/// column is the machine-readable statement-to-rule table (the not-encoded table has no Rules column).
/// </summary>
internal static class TraceabilityTable
{
    public static string FilePath => Support.Repository.Path_("docs", "knowledge", "traceability.md");

    public static IReadOnlyList<TraceabilityRow> Load() => Parse(File.ReadAllText(FilePath));

    public static IReadOnlyList<TraceabilityRow> Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var header = Cells(lines[i]);
            var section = IndexOf(header, "Section");
            var rules = IndexOf(header, "Rules");
            if (section < 0 || rules < 0 || !lines[i + 1].TrimStart().StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }

            var rows = new List<TraceabilityRow>();
            for (var j = i + 2; j < lines.Length && lines[j].TrimStart().StartsWith('|'); j++)
            {
                var cells = Cells(lines[j]);
                var ids = cells[rules].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                rows.Add(new TraceabilityRow(cells[0], cells[section], ids));
            }

            return rows;
        }

        throw new InvalidOperationException("no markdown table with Section and Rules columns");
    }

    private static int IndexOf(string[] header, string name) =>
        Array.FindIndex(header, h => string.Equals(h, name, StringComparison.Ordinal));

    // Cells of "| a | b |": the outer pipes delimit the row, so the first and last split parts are dropped.
    private static string[] Cells(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('|'))
        {
            return [];
        }

        var parts = trimmed.Split('|');
        return parts[1..^1].Select(p => p.Trim()).ToArray();
    }
}
