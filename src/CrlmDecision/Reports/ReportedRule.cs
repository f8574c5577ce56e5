using CrlmDecision.Evaluation;
using CrlmDecision.RuleModel;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Reports;

/// <summary>A rule with the parts every report shares: its sentence, trace entries and details.</summary>
/// <param name="Definition">As written.</param>
internal sealed record ReportedRule(RuleDefinition Definition)
{
    // Reports share these immutable parts instead of building them for every patient.

    /// <summary>The rule's sentence as the report shows it.</summary>
    public Statement Statement { get; } = new()
    {
        RuleId = Definition.Id,
        Text = Definition.Because,
        Evidence = Definition.Evidence,
        Section = Definition.Section,
        Citations = ReadOnly(Definition.Cite),
    };

    /// <summary>Trace entries for the statuses that carry no detail, indexed by <see cref="RuleStatus"/>.</summary>
    public RuleTrace[] Traces { get; } = Enum.GetValues<RuleStatus>().Select(s => new RuleTrace(Definition.Id, s, null)).ToArray();

    /// <summary>The details the rule sets, keys in ordinal order.</summary>
    public IReadOnlyDictionary<string, object> Details { get; } = new ArrayMap<object>(
        Definition.Details.Keys.Order(StringComparer.Ordinal).ToArray(),
        Definition.Details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value).ToArray());

    /// <summary>The caution for this rule when the unknown facts <paramref name="missing"/> (fact indices) left it not evaluable.</summary>
    public Statement NotEvaluable(int[] missing) =>
        Caution("needs " + string.Join(", ", missing.Select(index => FactCatalog.All[index].Path)));

    /// <summary>The caution for this rule when it failed with <paramref name="error"/>.</summary>
    public Statement Failed(string error) => Caution($"rule failed ({error})");

    /// <summary>
    /// The reason of a not-assessable <paramref name="option"/> for this deciding rule: what it would decide and,
    /// when it was not evaluable, the unknown facts <paramref name="missing"/> (fact indices) it needs.
    /// </summary>
    public Statement NotAssessable(TreatmentOption option, int[] missing)
    {
        var paths = missing.Select(index => FactCatalog.All[index].Path).ToArray();
        return Undecided(option, "needs " + string.Join(", ", paths)) with { MissingFacts = Array.AsReadOnly(paths) };
    }

    /// <summary>The reason of a not-assessable <paramref name="option"/> for this deciding rule when it failed with <paramref name="error"/>.</summary>
    public Statement NotAssessableFailed(TreatmentOption option, string error) =>
        Undecided(option, $"rule failed ({error})") with { MissingFacts = [] };

    private Statement Undecided(TreatmentOption option, string why)
    {
        var decision = Definition.Effect switch
        {
            RuleEffect.Recommend => "recommend",
            RuleEffect.Consider => "consider",
            _ => "advise against",
        };
        return Caution(why) with { Text = $"{Lead}: {Definition.Title}; if it applies it would {decision} {Words<TreatmentOption>.Of(option)} ({why})." };
    }

    private string Lead => Definition.Effect == RuleEffect.AdviseAgainst ? "Could not rule out" : "Could not assess";

    private Statement Caution(string why) => new()
    {
        RuleId = Definition.Id,
        Text = $"{Lead}: {Definition.Title} ({why}).",
        Evidence = Definition.Evidence,
        Section = Definition.Section,
        Citations = Statement.Citations,
    };

    /// <summary>A list every report may share: a copy no caller can cast back to something writable.</summary>
    internal static IReadOnlyList<string> ReadOnly(IReadOnlyList<string> list) => Array.AsReadOnly(list.ToArray());
}
