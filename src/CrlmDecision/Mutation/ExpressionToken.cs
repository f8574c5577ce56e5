namespace CrlmDecision.Mutation;

/// <summary>What a token of a rule expression is, as far as the wrong edits need to know.</summary>
internal enum TokenKind
{
    /// <summary>A fact or derived fact read by name, e.g. <c>p.Liver.FutureLiverRemnantPercent</c>, <c>l.DiameterMm</c>, <c>d.LesionCount</c>.</summary>
    Path,

    /// <summary>A number literal.</summary>
    Number,

    /// <summary>An operator: <c>&amp;&amp; || &lt; &lt;= &gt; &gt;= == != ! =&gt;</c>.</summary>
    Operator,

    /// <summary>A word in double quotes.</summary>
    Text,

    /// <summary>Anything else: parentheses, commas, arithmetic.</summary>
    Other,
}

/// <summary>A token of a rule expression, at its offsets in the rule file's text.</summary>
internal readonly record struct ExpressionToken(TokenKind Kind, string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsComparison => Kind == TokenKind.Operator && Text is "<" or "<=" or ">" or ">=" or "==" or "!=";
}
