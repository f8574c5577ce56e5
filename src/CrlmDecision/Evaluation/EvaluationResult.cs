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

    /// <summary>
    /// A copy (statuses can then be suppressed without touching this one), with rule <paramref name="rule"/>'s outcome
    /// taken from <paramref name="other"/> when given: mutation testing's network of one edited rule.
    /// </summary>
    internal EvaluationResult With(int rule = -1, EvaluationResult? other = null)
    {
        var copy = new EvaluationResult(Derived, (RuleStatus[])Statuses.Clone()) { _missing = (int[]?[]?)_missing?.Clone(), _errors = (string?[]?)_errors?.Clone() };
        if (other is not null)
        {
            copy.Statuses[rule] = other.Statuses[rule];
            if (copy._missing is not null)
            {
                copy._missing[rule] = null;
            }

            if (copy._errors is not null)
            {
                copy._errors[rule] = null;
            }

            if (other.Statuses[rule] == RuleStatus.NotEvaluable)
            {
                copy.NotEvaluable(rule, other.MissingOf(rule));
            }
            else if (other.Statuses[rule] == RuleStatus.Error)
            {
                copy.Fail(rule, other.ErrorOf(rule) ?? "");
            }
        }

        return copy;
    }

    /// <summary>True when rule <paramref name="rule"/> has the same status, missing facts and failure here and in <paramref name="other"/>.</summary>
    internal bool SameOutcome(int rule, EvaluationResult other) =>
        Statuses[rule] == other.Statuses[rule] && MissingOf(rule).AsSpan().SequenceEqual(other.MissingOf(rule)) && ErrorOf(rule) == other.ErrorOf(rule);

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
