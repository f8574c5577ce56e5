namespace CrlmDecision.Mutation;

/// <summary>
/// The outcome of <see cref="RuleSetMutation.Run"/>: every wrong edit and what the scenarios made of it, with the
/// scores. A score counts caught edits among caught and surviving ones; equivalent and invalid edits are left out.
/// </summary>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="Version">The rule set's version.</param>
/// <param name="Scenarios">How many scenarios were run against each edit.</param>
/// <param name="Mutants">Every edit, derived facts first, then the rules in rule-set order.</param>
public sealed record MutationReport(string RuleSetId, string Version, int Scenarios, IReadOnlyList<Mutant> Mutants)
{
    /// <summary>The edits no scenario caught.</summary>
    public IEnumerable<Mutant> Survivors => Mutants.Where(m => m.Status == MutantStatus.Survived);

    /// <summary>Caught and surviving edits (of <paramref name="kind"/>, or of every kind when null).</summary>
    public int Counted(MutationKind? kind = null) => Of(kind).Count(m => m.Status is MutantStatus.Caught or MutantStatus.Survived);

    /// <summary>Caught edits (of <paramref name="kind"/>, or of every kind when null).</summary>
    public int Caught(MutationKind? kind = null) => Of(kind).Count(m => m.Status == MutantStatus.Caught);

    /// <summary>The percentage of counted edits caught (100 when none is counted).</summary>
    public decimal Score(MutationKind? kind = null) => Counted(kind) == 0 ? 100m : Math.Round(100m * Caught(kind) / Counted(kind), 1);

    /// <summary>
    /// True when every threshold and boundary edit of <paramref name="ruleId"/> is caught or equivalent (also when it
    /// compares no number): a rule author who moves one of its thresholds is told by a scenario.
    /// </summary>
    public bool BoundariesPinned(string ruleId) =>
        Mutants.Where(m => m.RuleId == ruleId && m.Kind is MutationKind.Threshold or MutationKind.Boundary).All(m => m.Status != MutantStatus.Survived);

    private IEnumerable<Mutant> Of(MutationKind? kind) => kind is null ? Mutants : Mutants.Where(m => m.Kind == kind);
}
