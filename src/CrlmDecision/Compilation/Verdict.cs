namespace CrlmDecision.Compilation;

/// <summary>Three-valued truth: a condition over facts some of which may be unknown.</summary>
internal enum Truth
{
    False,
    True,
    Unknown,
}

/// <summary>
/// One of the three truth values as a fact in the session. Every rule joins one of them: the one whose value
/// its lowered condition takes (<see cref="ConditionLowering"/>), so each rule fires exactly once per patient
/// and its outcome says which. Immutable, so the same three objects go into every session.
/// </summary>
internal sealed class Verdict
{
    private Verdict(Truth value) => Value = value;

    public static Verdict Holds { get; } = new(Truth.True);

    public static Verdict Fails { get; } = new(Truth.False);

    public static Verdict Open { get; } = new(Truth.Unknown);

    public static IReadOnlyList<Verdict> All { get; } = [Holds, Fails, Open];

    public Truth Value { get; }

    public override string ToString() => Value.ToString();
}
