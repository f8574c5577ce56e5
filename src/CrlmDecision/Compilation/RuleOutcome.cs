namespace CrlmDecision.Compilation;

/// <summary>What a rule's action records when it fires (in the session's <see cref="Outcomes"/>): its verdict for this patient.</summary>
/// <param name="rule">The rule's position in the rule set.</param>
/// <param name="truth">True (fired), false (not fired) or unknown (not evaluable, or failed).</param>
/// <param name="missing">For unknown: the unknown patient facts that left it open (fact indices, ascending).</param>
/// <param name="failure">For unknown because a derived fact it reads failed: that failure.</param>
internal sealed class RuleOutcome(int rule, Truth truth, int[] missing, string? failure)
{
    public int Rule { get; } = rule;

    public Truth Truth { get; } = truth;

    public int[] Missing { get; } = missing;

    public string? Failure { get; } = failure;

    public static RuleOutcome Undecided(int rule, string? failure, int[] missing) => new(rule, Truth.Unknown, failure is null ? missing : [], failure);
}
