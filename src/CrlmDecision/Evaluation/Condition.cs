using CrlmDecision.Expressions;

namespace CrlmDecision.Evaluation;

/// <summary>Three-valued truth: a condition over facts some of which may be unknown.</summary>
internal enum Truth
{
    False,
    True,
    Unknown,
}

/// <summary>
/// The boolean skeleton of a rule condition (and, or, not) over compiled leaves, evaluated with Kleene's
/// three-valued logic: a leaf that reads an unknown fact is Unknown; <c>false &amp;&amp; unknown</c> is
/// false and <c>true || unknown</c> is true, so a rule is not evaluable only when the unknown fact could
/// change its outcome.
/// </summary>
internal abstract class Condition
{
    /// <summary>Evaluates; on Unknown, <paramref name="missing"/> receives the unknown patient facts that left it open.</summary>
    public abstract Truth Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing);
}

/// <summary>A comparison or query that reads facts; Unknown when any fact it reads is unknown.</summary>
internal sealed class LeafCondition(FactMask needs, Compiled<Func<PatientView, object, bool>> test) : Condition
{
    public FactMask Needs => needs;

    public Compiled<Func<PatientView, object, bool>> Test => test;

    public override Truth Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing)
    {
        if (needs.Overlaps(unknown))
        {
            missing = missing.Union(needs.Intersect(unknown));
            return Truth.Unknown;
        }

        return test.Delegate(view, derived) ? Truth.True : Truth.False;
    }
}

/// <summary>Shared by the and/or conditions.</summary>
internal static class ConditionParts
{
    // C#'s && and || guard later parts by earlier ones (e.g. "x > 0 && y / x > 2"). Once an earlier part is
    // Unknown, a later part may run where the author's guard would have stopped it; its failure then means
    // Unknown, not an error.
    public static Truth Evaluate(Condition part, Truth soFar, PatientView view, object derived, FactMask unknown, ref FactMask missing)
    {
        if (soFar != Truth.Unknown)
        {
            return part.Evaluate(view, derived, unknown, ref missing);
        }

        try
        {
            return part.Evaluate(view, derived, unknown, ref missing);
        }
        catch (Exception e) when (RuntimeFailure.Is(e))
        {
            return Truth.Unknown;
        }
    }
}

/// <summary>All parts hold: false as soon as one is false.</summary>
internal sealed class AllCondition(Condition[] parts) : Condition
{
    public IReadOnlyList<Condition> Parts => parts;

    public override Truth Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing)
    {
        var open = FactMask.Empty;
        var result = Truth.True;
        foreach (var part in parts)
        {
            switch (ConditionParts.Evaluate(part, result, view, derived, unknown, ref open))
            {
                case Truth.False:
                    return Truth.False;
                case Truth.Unknown:
                    result = Truth.Unknown;
                    break;
            }
        }

        if (result == Truth.Unknown)
        {
            missing = missing.Union(open);
        }

        return result;
    }
}

/// <summary>At least one part holds: true as soon as one is true.</summary>
internal sealed class AnyCondition(Condition[] parts) : Condition
{
    public IReadOnlyList<Condition> Parts => parts;

    public override Truth Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing)
    {
        var open = FactMask.Empty;
        var result = Truth.False;
        foreach (var part in parts)
        {
            switch (ConditionParts.Evaluate(part, result, view, derived, unknown, ref open))
            {
                case Truth.True:
                    return Truth.True;
                case Truth.Unknown:
                    result = Truth.Unknown;
                    break;
            }
        }

        if (result == Truth.Unknown)
        {
            missing = missing.Union(open);
        }

        return result;
    }
}

/// <summary>The part does not hold.</summary>
internal sealed class NotCondition(Condition part) : Condition
{
    public Condition Part => part;

    public override Truth Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing) =>
        part.Evaluate(view, derived, unknown, ref missing) switch
        {
            Truth.True => Truth.False,
            Truth.False => Truth.True,
            _ => Truth.Unknown,
        };
}

/// <summary><c>iif(test, a, b)</c> over truth values: known when the test is known and the chosen branch is.</summary>
internal sealed class ChoiceCondition(Condition test, Condition whenTrue, Condition whenFalse) : Condition
{
    public Condition Test => test;

    public Condition WhenTrue => whenTrue;

    public Condition WhenFalse => whenFalse;

    public override Truth Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing) =>
        test.Evaluate(view, derived, unknown, ref missing) switch
        {
            Truth.True => whenTrue.Evaluate(view, derived, unknown, ref missing),
            Truth.False => whenFalse.Evaluate(view, derived, unknown, ref missing),
            _ => Truth.Unknown,
        };
}

/// <summary>
/// <c>p.Liver.Lesions.Any(l => ...)</c> or <c>.All(l => ...)</c>, three-valued per lesion: a lesion whose
/// needed facts are unknown is Unknown, but a known lesion that decides (Any: one true; All: one false)
/// decides, so one lesion of unknown size does not hide a known 60 mm one.
/// </summary>
internal sealed class LesionCondition(bool all, FactMask lesionNeeds, FactMask otherNeeds, Compiled<Func<LesionView, PatientView, object, bool>> compiled) : Condition
{
    public bool All => all;

    public FactMask LesionNeeds => lesionNeeds;

    public FactMask OtherNeeds => otherNeeds;

    public Compiled<Func<LesionView, PatientView, object, bool>> Test => compiled;

    public override Truth Evaluate(PatientView view, object derived, FactMask unknown, ref FactMask missing)
    {
        if (otherNeeds.Overlaps(unknown))
        {
            missing = missing.Union(otherNeeds.Intersect(unknown));
            return Truth.Unknown;
        }

        var open = FactMask.Empty;
        var test = compiled.Delegate;
        var lesions = view.Liver.Lesions;
        for (var i = 0; i < lesions.Count; i++)
        {
            var lesion = lesions[i];
            if (lesionNeeds.Overlaps(lesion.Unknown))
            {
                open = open.Union(lesionNeeds.Intersect(lesion.Unknown));
            }
            else if (test(lesion, view, derived) != all)
            {
                return all ? Truth.False : Truth.True;
            }
        }

        if (!open.IsEmpty)
        {
            missing = missing.Union(open);
            return Truth.Unknown;
        }

        return all ? Truth.True : Truth.False;
    }
}
