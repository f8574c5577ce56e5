using NRules.Extensibility;

namespace CrlmDecision.Compilation;

/// <summary>
/// Where one session's rules put their outcomes, and derived facts their values: each rule's action resolves it
/// through NRules' dependency resolver (<c>ctx.Resolve</c>) and records its outcome by the rule's position, so
/// the outcomes are read back in rule-set order whatever the firing order. One per session; not shared.
/// </summary>
internal sealed class Outcomes(int ruleCount, int derivedCount) : IDependencyResolver
{
    public RuleOutcome?[] Rules { get; } = new RuleOutcome?[ruleCount];

    public DerivedFact?[] Derived { get; } = new DerivedFact?[derivedCount];

    public object Resolve(IResolutionContext context, Type serviceType) => this;

    public void Record(RuleOutcome outcome) => Rules[outcome.Rule] = outcome;

    /// <summary>Records <paramref name="fact"/> and returns it, for the action to insert it for the rules that read it.</summary>
    public DerivedFact Record(DerivedFact fact) => Derived[fact.Index] = fact;
}
