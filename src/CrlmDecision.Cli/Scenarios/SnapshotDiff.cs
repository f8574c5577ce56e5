using System.Text;

namespace CrlmDecision.Cli.Scenarios;

/// <summary>A line diff of an approved and a received snapshot, for a person to read.</summary>
internal static class SnapshotDiff
{
    public static string Describe(string? approved, string received)
    {
        var diff = DiffPlex.DiffBuilder.InlineDiffBuilder.Diff(approved ?? "", received, ignoreWhiteSpace: false);
        var text = new StringBuilder();
        foreach (var line in diff.Lines.Where(l => l.Type is DiffPlex.DiffBuilder.Model.ChangeType.Inserted or DiffPlex.DiffBuilder.Model.ChangeType.Deleted))
        {
            text.Append(line.Type == DiffPlex.DiffBuilder.Model.ChangeType.Inserted ? "  + " : "  - ").Append(line.Text.Trim()).Append('\n');
        }

        return text.ToString();
    }
}
