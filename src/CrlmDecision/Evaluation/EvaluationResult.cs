namespace CrlmDecision.Evaluation;

/// <summary>What the rules said about one patient.</summary>
/// <param name="derived">The value of each derived fact, by name in ordinal order; null when unknown or failed.</param>
/// <param name="statuses">One status per rule, in rule-set order.</param>
/// <remarks>
/// The detail of a rule that could not be decided (the unknown facts it needed, or its failure) is kept in
/// arrays allocated only when some rule needs them: most patients have none.
/// </remarks>
internal sealed class EvaluationResult(object?[] derived, RuleStatus[] statuses)
{
    public object?[] Derived { get; } = derived;

    public RuleStatus[] Statuses { get; } = statuses;

    private int[]?[]? _missing;
    private string?[]? _errors;

    /// <summary>The unknown patient facts (fact indices, ascending) that left rule <paramref name="rule"/> not evaluable.</summary>
    public int[] MissingOf(int rule) => _missing?[rule] ?? [];

    /// <summary>The failure of rule <paramref name="rule"/>, for status error.</summary>
    public string? ErrorOf(int rule) => _errors?[rule];

    internal void NotEvaluable(int rule, int[] missing)
    {
        Statuses[rule] = RuleStatus.NotEvaluable;
        (_missing ??= new int[]?[Statuses.Length])[rule] = missing;
    }

    internal void Fail(int rule, string error)
    {
        Statuses[rule] = RuleStatus.Error;
        (_errors ??= new string?[Statuses.Length])[rule] = error;
    }
}
