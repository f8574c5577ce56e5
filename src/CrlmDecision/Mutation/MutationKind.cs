namespace CrlmDecision.Mutation;

/// <summary>The kinds of wrong edit <see cref="RuleSetMutation"/> makes to one rule or derived fact at a time.</summary>
public enum MutationKind
{
    /// <summary>A number a condition compares with, moved one unit past its boundary (<c>x &lt; 30</c> to <c>x &lt; 31</c> and <c>x &lt; 29</c>).</summary>
    Threshold,

    /// <summary>A comparison's boundary flipped: <c>&lt;</c> and <c>&lt;=</c>, <c>&gt;</c> and <c>&gt;=</c>.</summary>
    Boundary,

    /// <summary>An <c>&amp;&amp;</c> turned into <c>||</c>, or the reverse.</summary>
    Logic,

    /// <summary>A <c>!</c> (not) removed.</summary>
    Negation,

    /// <summary>The effect changed to a neighbour on recommend, consider, inform, caution, advise-against.</summary>
    Effect,

    /// <summary>One rule dropped from a <c>suppresses</c> list.</summary>
    Suppression,
}
