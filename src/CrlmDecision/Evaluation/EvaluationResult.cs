namespace CrlmDecision.Evaluation;

/// <summary>The outcome of stages 1 and 2 for one patient.</summary>
/// <param name="derived">The value of each derived fact, in the rule set's evaluation order; null when unknown or failed.</param>
/// <param name="unknown">Unknown (or failed) facts and derived facts.</param>
/// <param name="statuses">One status per rule, in rule-set order.</param>
/// <remarks>
/// The detail of a rule that could not be decided (the unknown facts it needed, or its failure) is kept in
/// arrays allocated only when some rule needs them: most patients have none.
/// </remarks>
internal sealed class EvaluationResult(object?[] derived, FactMask unknown, RuleStatus[] statuses)
{
    public object?[] Derived { get; } = derived;

    public FactMask Unknown { get; } = unknown;

    public RuleStatus[] Statuses { get; } = statuses;

    private FactMask[]? _missing;
    private string?[]? _errors;

    /// <summary>The unknown patient facts that left rule <paramref name="rule"/> not evaluable.</summary>
    public FactMask MissingOf(int rule) => _missing?[rule] ?? FactMask.Empty;

    /// <summary>The failure of rule <paramref name="rule"/>, for status error.</summary>
    public string? ErrorOf(int rule) => _errors?[rule];

    internal void NotEvaluable(int rule, FactMask missing)
    {
        Statuses[rule] = RuleStatus.NotEvaluable;
        (_missing ??= new FactMask[Statuses.Length])[rule] = missing;
    }

    internal void Fail(int rule, string error)
    {
        Statuses[rule] = RuleStatus.Error;
        (_errors ??= new string?[Statuses.Length])[rule] = error;
    }
}
