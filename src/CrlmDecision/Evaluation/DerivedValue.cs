using CrlmDecision.Expressions;

namespace CrlmDecision.Evaluation;

/// <summary>
/// How a derived fact is computed: a condition (for a boolean), a choice <c>iif(test, a, b)</c> whose test is
/// three-valued, or a plain value that is unknown when any fact it reads is unknown.
/// </summary>
internal abstract class DerivedValue
{
    /// <summary>The value, or null when unknown; then <paramref name="missing"/> receives the unknown facts behind it.</summary>
    public abstract object? Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing);
}

internal sealed class ConditionValue(Condition condition) : DerivedValue
{
    public Condition Condition => condition;

    private static readonly object True = true;
    private static readonly object False = false;

    public override object? Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing) =>
        condition.Evaluate(view, derived, unknown, ref missing) switch
        {
            Truth.True => True,
            Truth.False => False,
            _ => null,
        };
}

internal sealed class ChoiceValue(Condition test, DerivedValue whenTrue, DerivedValue whenFalse) : DerivedValue
{
    public Condition Test => test;

    public DerivedValue WhenTrue => whenTrue;

    public DerivedValue WhenFalse => whenFalse;

    public override object? Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing) =>
        test.Evaluate(view, derived, unknown, ref missing) switch
        {
            Truth.True => whenTrue.Evaluate(view, derived, unknown, ref missing),
            Truth.False => whenFalse.Evaluate(view, derived, unknown, ref missing),
            _ => null,
        };
}

internal sealed class PlainValue(FactMask needs, Compiled<Func<PatientView, object, object>> compute) : DerivedValue
{
    public FactMask Needs => needs;

    public Compiled<Func<PatientView, object, object>> Compute => compute;

    public override object? Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing)
    {
        if (needs.Overlaps(unknown))
        {
            missing = missing.Union(needs.Intersect(unknown));
            return null;
        }

        return compute.Delegate(view, derived);
    }
}
