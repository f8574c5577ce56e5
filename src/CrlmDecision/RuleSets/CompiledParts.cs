using CrlmDecision.Evaluation;
using CrlmDecision.Reports;

namespace CrlmDecision.RuleSets;

/// <summary>A derived fact ready to evaluate.</summary>
/// <param name="Definition">As written.</param>
/// <param name="Index">Its bit in the unknown-facts mask.</param>
/// <param name="Needs">Facts and derived facts it reads.</param>
/// <param name="Value">How it is computed, three-valued where it is a condition or a choice.</param>
/// <param name="Store">Stores a computed value on the derived-facts object.</param>
/// <param name="Read">Reads it back from the derived-facts object.</param>
internal sealed record CompiledDerivedFact(
    DerivedFactDefinition Definition, int Index, FactMask Needs, DerivedValue Value,
    Action<object, object> Store, Func<object, object> Read);

/// <summary>A rule ready to evaluate.</summary>
/// <param name="Definition">As written.</param>
/// <param name="Needs">Facts and derived facts it reads.</param>
/// <param name="Condition">The compiled condition, evaluated with three-valued logic.</param>
internal sealed record CompiledRule(RuleDefinition Definition, FactMask Needs, Condition Condition)
{
    // Reports share these immutable parts instead of building them for every patient.

    /// <summary>The rule's sentence as the report shows it.</summary>
    public Statement Statement { get; } = new()
    {
        RuleId = Definition.Id,
        Text = Definition.Because,
        Evidence = Definition.Evidence,
        Section = Definition.Section,
        Citations = Definition.Cite,
    };

    /// <summary>Trace entries for the statuses that carry no detail, indexed by <see cref="RuleStatus"/>.</summary>
    public RuleTrace[] Traces { get; } = Enum.GetValues<RuleStatus>().Select(s => new RuleTrace(Definition.Id, s, null)).ToArray();
}
