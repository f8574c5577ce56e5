namespace CrlmDecision.Compilation;

/// <summary>Which values next to a threshold a value equal to it answers like, in every comparison with it.</summary>
internal enum ThresholdSide
{
    /// <summary>Like the values below (<c>x &lt;= t</c>, <c>x &gt; t</c>).</summary>
    Below,

    /// <summary>Like the values above (<c>x &lt; t</c>, <c>x &gt;= t</c>).</summary>
    Above,

    /// <summary>Unlike both (<c>x == t</c>, <c>x != t</c>, comparisons of both kinds, or through a derived fact).</summary>
    Own,
}

/// <summary>A number a rule compares a number fact with, and how the value equal to it answers.</summary>
/// <param name="Value">The number.</param>
/// <param name="Side">Which neighbours the value itself answers like.</param>
internal readonly record struct Threshold(double Value, ThresholdSide Side)
{
    /// <summary>The side of <c>fact OP constant</c> (the fact on the left; mirror the operator first otherwise).</summary>
    public static ThresholdSide SideOf(System.Linq.Expressions.ExpressionType comparison) => comparison switch
    {
        System.Linq.Expressions.ExpressionType.LessThanOrEqual or System.Linq.Expressions.ExpressionType.GreaterThan => ThresholdSide.Below,
        System.Linq.Expressions.ExpressionType.LessThan or System.Linq.Expressions.ExpressionType.GreaterThanOrEqual => ThresholdSide.Above,
        _ => ThresholdSide.Own,
    };

    /// <summary>Both comparisons with the same number: the value keeps a side only when both give it.</summary>
    public Threshold With(ThresholdSide other) => Side == other ? this : this with { Side = ThresholdSide.Own };
}
