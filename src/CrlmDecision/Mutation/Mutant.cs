namespace CrlmDecision.Mutation;

/// <summary>One wrong edit of one rule or derived fact, and what the scenarios made of it.</summary>
public sealed record Mutant
{
    /// <summary>The rule id (e.g. ABL-001), or the derived fact's name (e.g. lesionCount).</summary>
    public required string RuleId { get; init; }

    /// <summary>True when the edit is in a derived fact (derived.yaml) rather than a rule.</summary>
    public required bool IsDerivedFact { get; init; }

    /// <summary>The kind of edit.</summary>
    public required MutationKind Kind { get; init; }

    /// <summary>The file inside the rule set and the line of the edited rule or derived fact.</summary>
    public required string File { get; init; }

    /// <summary>The line of the rule or derived fact in <see cref="File"/>.</summary>
    public required int Line { get; init; }

    /// <summary>The edit as text, e.g. <c>d.LesionCount &lt; 3</c> to <c>d.LesionCount &lt; 4</c>.</summary>
    public required string Edit { get; init; }

    /// <summary>
    /// The boundary or piece of logic the edit tests, in words a clinician reads, e.g. <c>threshold 3 on lesionCount</c>;
    /// the same for every edit of that boundary.
    /// </summary>
    public required string Boundary { get; init; }

    /// <summary>What kind of scenario would catch the edit, e.g. <c>a patient with lesionCount 3 would show it</c>.</summary>
    public required string Hint { get; init; }

    /// <summary>Caught, survived, equivalent or invalid.</summary>
    public MutantStatus Status { get; init; }

    /// <summary>The first scenario whose answer changed (for <see cref="MutantStatus.Caught"/>), or why the edit is equivalent or invalid.</summary>
    public string? Because { get; init; }

    /// <summary>For a survivor: what no scenario does, e.g. <c>no scenario pins ABL-001's threshold 3 on lesionCount ...</c>.</summary>
    public string Gap => $"no scenario pins {RuleId}'s {Boundary}: {Edit} changes no answer; {Hint}";
}
