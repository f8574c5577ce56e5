using System.Text.Json;

namespace CrlmDecision.Cli.Scenarios;

/// <summary>A statement of a report reduced to what a reader compares: the rule behind it and its text.</summary>
internal sealed record StatementSummary(string RuleId, string Text);

/// <summary>One option of a report as compared between two reports.</summary>
internal sealed record OptionSummary(
    string Option, int Rank, string Strength, string Score, IReadOnlyDictionary<string, string> Details,
    IReadOnlyList<string> CombineWith, IReadOnlyList<StatementSummary> Reasons, IReadOnlyList<StatementSummary> Cautions);

/// <summary>
/// The clinically meaningful content of a report JSON (the contract), read back from text so an approved
/// snapshot and a fresh report compare the same way; rule-set identity and rule traces are left out.
/// </summary>
internal sealed record ReportSummary(
    IReadOnlyList<OptionSummary> Options, IReadOnlyList<StatementSummary> Notes, IReadOnlyList<string> Trials, IReadOnlyList<string> MissingFacts)
{
    public static ReportSummary Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var options = Items(root, "options").Select(o => new OptionSummary(
            o.GetProperty("option").GetString() ?? "",
            o.GetProperty("rank").GetInt32(),
            o.GetProperty("strength").GetString() ?? "",
            o.GetProperty("score").GetRawText(),
            o.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Object
                ? d.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText(), StringComparer.Ordinal)
                : new Dictionary<string, string>(),
            Items(o, "combineWith").Select(c => c.GetString() ?? "").ToArray(),
            Statements(o, "reasons"),
            Statements(o, "cautions"))).ToArray();
        return new ReportSummary(
            options,
            Statements(root, "notes"),
            Items(root, "trials").Select(t => t.GetProperty("trialId").GetString() ?? "").ToArray(),
            Items(root, "missingFacts").Select(m => m.GetProperty("fact").GetString() ?? "").ToArray());
    }

    private static JsonElement[] Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToArray() : [];

    private static StatementSummary[] Statements(JsonElement element, string name) =>
        Items(element, name).Select(s => new StatementSummary(s.GetProperty("ruleId").GetString() ?? "", s.GetProperty("text").GetString() ?? "")).ToArray();
}
