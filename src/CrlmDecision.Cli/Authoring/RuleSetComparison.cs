using System.Globalization;
using CrlmDecision.Cli.Scenarios;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Cli.Authoring;

/// <summary>A rule present in both versions whose fields differ.</summary>
internal sealed record RuleChange(string Id, IReadOnlyList<string> Fields);

/// <summary>A scenario whose recommendation differs between the versions, with what changed.</summary>
internal sealed record ScenarioChange(string Scenario, IReadOnlyList<string> Changes);

/// <summary>
/// <c>crlm rules diff OLD NEW</c>: the rules added, removed and changed between two versions, and the
/// clinical effect over a set of scenarios (every patient whose ranking, strengths, details or reasons change).
/// </summary>
internal sealed record RuleSetComparison(
    IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<RuleChange> Changed,
    IReadOnlyList<RuleChange> DerivedChanged, IReadOnlyList<ScenarioChange> Scenarios, int ScenarioCount)
{
    public static RuleSetComparison Compare(RuleSet before, RuleSet after, IReadOnlyList<Scenario> scenarios)
    {
        var oldRules = before.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var newRules = after.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var changed = after.Rules
            .Where(r => oldRules.ContainsKey(r.Id))
            .Select(r => new RuleChange(r.Id, Fields(oldRules[r.Id], r)))
            .Where(c => c.Fields.Count > 0)
            .ToArray();

        var oldDerived = before.DerivedFacts.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var newDerived = after.DerivedFacts.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var derived = oldDerived.Keys.Union(newDerived.Keys).Order(StringComparer.Ordinal)
            .Select(name => new RuleChange(name, DerivedFields(oldDerived.GetValueOrDefault(name), newDerived.GetValueOrDefault(name))))
            .Where(c => c.Fields.Count > 0)
            .ToArray();

        var oldEngine = new CrlmDecisionEngine(before);
        var newEngine = new CrlmDecisionEngine(after);
        var effects = scenarios
            .Select(s => new ScenarioChange(s.Name, ReportChanges.Describe(Summary(oldEngine, s), Summary(newEngine, s))))
            .Where(c => c.Changes.Count > 0)
            .ToArray();

        return new RuleSetComparison(
            after.Rules.Select(r => r.Id).Where(id => !oldRules.ContainsKey(id)).ToArray(),
            before.Rules.Select(r => r.Id).Where(id => !newRules.ContainsKey(id)).ToArray(),
            changed, derived, effects, scenarios.Count);
    }

    public void Write(TextWriter output, string oldName, string newName)
    {
        output.WriteLine($"rules diff {oldName} -> {newName}");
        output.WriteLine($"added rules ({Added.Count}): {List(Added)}");
        output.WriteLine($"removed rules ({Removed.Count}): {List(Removed)}");
        output.WriteLine($"changed rules ({Changed.Count}):{(Changed.Count == 0 ? " none" : "")}");
        foreach (var change in Changed)
        {
            output.WriteLine($"  {change.Id}: {string.Join(", ", change.Fields)}");
        }

        if (DerivedChanged.Count > 0)
        {
            output.WriteLine($"changed derived facts ({DerivedChanged.Count}):");
            foreach (var change in DerivedChanged)
            {
                output.WriteLine($"  {change.Id}: {string.Join(", ", change.Fields)}");
            }
        }

        output.WriteLine($"\nscenarios whose recommendation changes: {Scenarios.Count} of {ScenarioCount}");
        foreach (var scenario in Scenarios)
        {
            output.WriteLine($"\n{scenario.Scenario}:");
            foreach (var line in scenario.Changes)
            {
                output.WriteLine("  " + line);
            }
        }
    }

    private static ReportSummary Summary(CrlmDecisionEngine engine, Scenario scenario) =>
        ReportSummary.Parse(ReportJson.Serialize(engine.Recommend(scenario.Document)));

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);

    private static List<string> Fields(RuleDefinition a, RuleDefinition b)
    {
        var fields = new List<string>();
        void Check(string name, string x, string y)
        {
            if (x != y)
            {
                fields.Add(name);
            }
        }

        Check("title", Flat(a.Title), Flat(b.Title));
        Check("section", a.Section, b.Section);
        Check("evidence", ContractWords.Of(a.Evidence), ContractWords.Of(b.Evidence));
        Check("when", Flat(a.When), Flat(b.When));
        Check("option", Target(a.Target), Target(b.Target));
        Check("effect", ContractWords.Of(a.Effect), ContractWords.Of(b.Effect));
        Check("score", a.Score.ToString(CultureInfo.InvariantCulture), b.Score.ToString(CultureInfo.InvariantCulture));
        Check("details", Details(a.Details), Details(b.Details));
        Check("combineWith", string.Join(",", a.CombineWith), string.Join(",", b.CombineWith));
        Check("priority", a.Priority.ToString(CultureInfo.InvariantCulture), b.Priority.ToString(CultureInfo.InvariantCulture));
        Check("suppresses", string.Join(",", a.Suppresses), string.Join(",", b.Suppresses));
        Check("because", Flat(a.Because), Flat(b.Because));
        Check("cite", string.Join(",", a.Cite), string.Join(",", b.Cite));
        return fields;
    }

    private static string[] DerivedFields(DerivedFactDefinition? a, DerivedFactDefinition? b) => (a, b) switch
    {
        (null, null) => [],
        (null, _) => ["added"],
        (_, null) => ["removed"],
        _ => new (string Name, bool Differs)[]
        {
            ("type", a.Type != b.Type),
            ("words", !a.Words.SequenceEqual(b.Words)),
            ("expression", Flat(a.Expression) != Flat(b.Expression)),
            ("description", Flat(a.Description) != Flat(b.Description)),
            ("cite", !a.Cite.SequenceEqual(b.Cite)),
        }.Where(f => f.Differs).Select(f => f.Name).ToArray(),
    };

    private static string Target(RuleTarget target) =>
        target.TrialId ?? string.Join(",", target.Options.Select(ContractWords.Of));

    private static string Details(IReadOnlyDictionary<string, object> details) =>
        string.Join(",", details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + "=" + Convert.ToString(d.Value, CultureInfo.InvariantCulture)));

    // YAML folding may re-wrap text without changing it; whitespace alone is not a change.
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
