namespace CrlmDecision.Compilation;

/// <summary>
/// The value of one derived fact for one patient, inserted by the derived fact's rule and matched by the rules
/// (and derived facts) that read it: known, unknown (with the unknown patient facts behind it) or failed.
/// </summary>
/// <remarks>A class with reference identity: NRules identifies facts by <c>Equals</c>.</remarks>
internal sealed class DerivedFact
{
    private DerivedFact(int index, string name, object? value, int[] missing, string? failure)
    {
        Index = index;
        Name = name;
        Value = value;
        Missing = missing;
        Failure = failure;
    }

    /// <summary>Its position in the rule set's derived.yaml: when several failed, the first one's failure is reported.</summary>
    public int Index { get; }

    /// <summary>Its name as written (camelCase).</summary>
    public string Name { get; }

    /// <summary>The value (a boxed bool, int, double or string) when known; null otherwise.</summary>
    public object? Value { get; }

    /// <summary>When unknown: the unknown patient facts behind it (fact indices, ascending).</summary>
    public int[] Missing { get; }

    /// <summary>When failed: why.</summary>
    public string? Failure { get; }

    public bool IsKnown => Value is not null;

    public bool IsFailed => Failure is not null;

    public static DerivedFact Known(int index, string name, object value) =>
        value is double number && !double.IsFinite(number)
            ? Failed(index, name, $"derived fact {name} is not a finite number") // a division by zero or the like: never a number rules compare with
            : new(index, name, value, [], null);

    public static DerivedFact Unknown(int index, string name, int[] missing) => new(index, name, null, missing, null);

    public static DerivedFact Failed(int index, string name, string failure) => new(index, name, null, [], failure);

    /// <summary>The failure of the first (by <see cref="Index"/>) failed fact of <paramref name="facts"/>, or null.</summary>
    public static string? FirstFailure(DerivedFact[] facts)
    {
        DerivedFact? first = null;
        foreach (var fact in facts)
        {
            if (fact.IsFailed && (first is null || fact.Index < first.Index))
            {
                first = fact;
            }
        }

        return first?.Failure;
    }

    public override string ToString() => $"{Name} = {Value ?? (IsFailed ? "failed" : "unknown")}";
}
