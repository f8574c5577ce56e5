using System.Linq.Expressions;
using System.Reflection;
using CrlmDecision.Facts;

namespace CrlmDecision.Compilation;

/// <summary>
/// Lowers a rule's three-valued condition into two-valued expressions NRules can evaluate: "is true" and "is
/// false", over the facts and their unknown flags (ADR 0005). A condition that is neither is not evaluable, and
/// <see cref="Missing"/> names the unknown facts that left it open.
/// </summary>
/// <remarks>
/// <para>The meaning is Kleene's three-valued logic over the and/or/not/iif skeleton of the expression: a part
/// that reads an unknown fact is unknown; <c>false &amp;&amp; unknown</c> is false and <c>true || unknown</c> is
/// true, so a rule is not evaluable only when an unknown fact could change its outcome. <c>Any</c>/<c>All</c>
/// over the lesions is three-valued per lesion: one lesion of unknown size does not hide a known 60 mm one.
/// Inside the lesion test the logic is two-valued: a lesion counts as known only when every lesion fact the test
/// reads is known (as in the first engine); and a boolean <c>iif</c> with an unknown test is unknown even where
/// both branches agree. Both err towards "not evaluable".</para>
/// <para>Failures: C#'s <c>&amp;&amp;</c> and <c>||</c> guard later parts by earlier ones (<c>x &gt; 0 &amp;&amp;
/// y / x &gt; 2</c>). Once an earlier part is unknown, a later part may run where the author's guard would have
/// stopped it, so its failure there means unknown (it is evaluated "safely"); anywhere else a failure propagates
/// and the rule's status is error.</para>
/// </remarks>
internal sealed class ConditionLowering
{
    private static readonly PropertyInfo ViewUnknown = typeof(PatientView).GetProperty(nameof(PatientView.Unknown), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly PropertyInfo LesionUnknown = typeof(LesionView).GetProperty(nameof(LesionView.Unknown), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly Expression False = Expression.Constant(false);
    private static readonly Expression True = Expression.Constant(true);
    private static readonly Expression None = Expression.Constant(MissingFacts.None);

    private readonly ParameterExpression _p;
    private readonly ParameterExpression _parsedDerived;
    private readonly IReadOnlyDictionary<string, ParameterExpression> _derived;
    private readonly Func<Expression, ExpressionGuard> _guard;

    /// <param name="p">The patient view, as the parsed expression reads it.</param>
    /// <param name="parsedDerived">The parse-time derived-facts parameter <c>d</c>; its members become <paramref name="derived"/> facts.</param>
    /// <param name="derived">For each derived fact the expression reads (by property name), the pattern variable holding it.</param>
    /// <param name="guard">Walks a part of the expression: which facts and derived facts it reads.</param>
    public ConditionLowering(ParameterExpression p, ParameterExpression parsedDerived, IReadOnlyDictionary<string, ParameterExpression> derived, Func<Expression, ExpressionGuard> guard)
    {
        _p = p;
        _parsedDerived = parsedDerived;
        _derived = derived;
        _guard = guard;
    }

    /// <summary>Holds exactly when the three-valued condition is true.</summary>
    public Expression IsTrue(Expression condition) => Lower(condition, truth: true);

    /// <summary>Holds exactly when the three-valued condition is false.</summary>
    public Expression IsFalse(Expression condition) => Lower(condition, truth: false);

    /// <summary>For a condition that is neither true nor false: the unknown patient facts that left it open (an ascending <c>int[]</c>).</summary>
    public Expression Missing(Expression condition) => Safe(MissingOf(condition), None);

    /// <summary>A derived fact's value as a <see cref="DerivedFact"/>: known, or unknown with the facts behind it.</summary>
    public Expression Value(Expression body, int index, string name)
    {
        if (body.Type == typeof(bool))
        {
            return Expression.Condition(IsTrue(body), KnownValue(index, name, Expression.Constant(true, typeof(object))),
                Expression.Condition(IsFalse(body), KnownValue(index, name, Expression.Constant(false, typeof(object))), UnknownValue(index, name, Missing(body))));
        }

        if (body is ConditionalExpression choice)
        {
            return Expression.Condition(IsTrue(choice.Test), Value(choice.IfTrue, index, name),
                Expression.Condition(IsFalse(choice.Test), Value(choice.IfFalse, index, name), UnknownValue(index, name, Missing(choice.Test))));
        }

        var guard = _guard(body);
        return Expression.Condition(Known(guard), KnownValue(index, name, Expression.Convert(Substitute(body), typeof(object))), UnknownValue(index, name, LeafMissing(guard)));
    }

    /// <summary>Replaces the parse-time <c>d.Name</c> by the value of the derived fact matched in the rule.</summary>
    public Expression Substitute(Expression body) => new DerivedSubstitution(this).Visit(body);

    private Expression Lower(Expression node, bool truth)
    {
        switch (node)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso }:
                // All parts true; false as soon as one is false.
                return truth ? AndAll(Parts(node, ExpressionType.AndAlso).Select(part => IsTrue(part)))
                    : Decides(Parts(node, ExpressionType.AndAlso), decisive: false);
            case BinaryExpression { NodeType: ExpressionType.OrElse }:
                return truth ? Decides(Parts(node, ExpressionType.OrElse), decisive: true)
                    : AndAll(Parts(node, ExpressionType.OrElse).Select(part => IsFalse(part)));
            case UnaryExpression { NodeType: ExpressionType.Not } not when not.Type == typeof(bool):
                return Lower(not.Operand, !truth);
            case ConditionalExpression choice when choice.Type == typeof(bool):
                // Known when the test is known and the chosen branch is.
                return Expression.OrElse(
                    Expression.AndAlso(IsTrue(choice.Test), Lower(choice.IfTrue, truth)),
                    Expression.AndAlso(IsFalse(choice.Test), Lower(choice.IfFalse, truth)));
        }

        if (LesionQuantifier(node) is { } quantifier)
        {
            return Quantify(quantifier, truth);
        }

        var guard = _guard(node);
        var body = Substitute(node);
        return Expression.AndAlso(Known(guard), truth ? body : Expression.Not(body));
    }

    // Some part has the decisive value (true for or, false for and). Part k runs "safely" unless every earlier
    // part had the other, known value: only then would C# have reached it with nothing unknown before it.
    private Expression Decides(IReadOnlyList<Expression> parts, bool decisive)
    {
        var any = Lower(parts[0], decisive);
        for (var k = 1; k < parts.Count; k++)
        {
            var earlierKnown = Safe(AndAll(parts.Take(k).Select(part => Lower(part, !decisive))), False);
            var part = Lower(parts[k], decisive);
            any = Expression.OrElse(any, Expression.Condition(earlierKnown, part, Safe(part, False)));
        }

        return any;
    }

    // Any/All over the lesions, each lesion judged on its own facts: a known lesion decides (Any: one true;
    // All: one false); otherwise the answer is known only when every lesion is. Lesions run in list order.
    private Expression Quantify((bool All, Expression Source, LambdaExpression PerLesion) q, bool truth)
    {
        var (lesionFacts, other) = Split(q.PerLesion);
        var lesion = q.PerLesion.Parameters[0];
        var known = Known(lesionFacts, [], Expression.Property(lesion, LesionUnknown));
        var body = Substitute(q.PerLesion.Body);
        var judged = Expression.Lambda(Expression.AndAlso(known, truth ? body : Expression.Not(body)), lesion);
        // Any is true when some known lesion is true and false when every lesion is known and false; All the reverse.
        var decided = Call(q.All == truth ? nameof(Enumerable.All) : nameof(Enumerable.Any), q.Source, judged);
        return Expression.AndAlso(Known(other), decided);
    }

    private Expression MissingOf(Expression node)
    {
        switch (node)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } both:
                return Parts(node, both.NodeType)
                    .Select(part => Safe(Expression.Condition(IsOpen(part), MissingOf(part), None), None))
                    .Aggregate(Union);
            case UnaryExpression { NodeType: ExpressionType.Not } not when not.Type == typeof(bool):
                return MissingOf(not.Operand);
            case ConditionalExpression choice when choice.Type == typeof(bool):
                return Expression.Condition(IsOpen(choice.Test), MissingOf(choice.Test),
                    Expression.Condition(IsTrue(choice.Test), MissingOf(choice.IfTrue), MissingOf(choice.IfFalse)));
        }

        if (LesionQuantifier(node) is { } q)
        {
            var (lesionFacts, other) = Split(q.PerLesion);
            return Expression.Condition(Known(other),
                Expression.Call(typeof(MissingFacts), nameof(MissingFacts.OfLesions), null, q.Source, Expression.Constant(lesionFacts.ToArray())),
                LeafMissing(other));
        }

        return LeafMissing(_guard(node));
    }

    private Expression IsOpen(Expression condition) => Expression.AndAlso(Expression.Not(IsTrue(condition)), Expression.Not(IsFalse(condition)));

    private static Expression Union(Expression a, Expression b) => Expression.Call(typeof(MissingFacts), nameof(MissingFacts.Union), null, a, b);

    private Expression LeafMissing(ExpressionGuard guard) =>
        Expression.Call(typeof(MissingFacts), nameof(MissingFacts.Of), null,
            Expression.Property(_p, ViewUnknown), Expression.Constant(guard.Facts.ToArray()), DerivedArray(guard.DerivedUsed));

    /// <summary>The pattern variables of <paramref name="names"/> as a <see cref="DerivedFact"/> array, in name order.</summary>
    public Expression DerivedArray(IEnumerable<string> names) =>
        Expression.NewArrayInit(typeof(DerivedFact), names.Order(StringComparer.Ordinal).Select(name => _derived[name]));

    private Expression Known(ExpressionGuard guard) => Known(guard.Facts, guard.DerivedUsed, Expression.Property(_p, ViewUnknown));

    private Expression Known(IEnumerable<int> facts, IEnumerable<string> derived, Expression unknown) =>
        AndAll(facts.Select(f => (Expression)Expression.Not(Expression.ArrayIndex(unknown, Expression.Constant(f))))
            .Concat(derived.Order(StringComparer.Ordinal).Select(name => Expression.Property(_derived[name], nameof(DerivedFact.IsKnown)))));

    // The lesion facts a per-lesion test reads, and the rest (facts and derived facts) as one guard.
    private (IReadOnlyList<int> Lesion, ExpressionGuard Other) Split(LambdaExpression perLesion)
    {
        var guard = _guard(perLesion.Body);
        var lesion = guard.Facts.Where(IsLesionFact).ToArray();
        guard.Facts.ExceptWith(lesion);
        return (lesion, guard);
    }

    private static bool IsLesionFact(int fact) => FactCatalog.All[fact].Path.StartsWith("liver.lesions[].", StringComparison.Ordinal);

    // p.Liver.Lesions.Any(l => ...) or .All(l => ...), with a lesion-by-lesion body (one that looks at the
    // whole list again stays a plain leaf).
    private (bool All, Expression Source, LambdaExpression PerLesion)? LesionQuantifier(Expression node) =>
        node is MethodCallExpression { Method.Name: "Any" or "All", Arguments: [var source, LambdaExpression perLesion] } call
        && call.Method.DeclaringType == typeof(Enumerable)
        && source is MemberExpression { Member.Name: nameof(LiverView.Lesions), Expression: MemberExpression { Expression: var root } } && root == _p
        && !ExpressionSearch.Any(perLesion.Body, n => n is MemberExpression { Member.Name: nameof(LiverView.Lesions) } m && m.Member.DeclaringType == typeof(LiverView))
            ? (call.Method.Name == "All", source, perLesion)
            : null;

    private static Expression Call(string method, Expression source, LambdaExpression perLesion) =>
        Expression.Call(typeof(Enumerable), method, [typeof(LesionView)], source, perLesion);

    /// <summary>All of <paramref name="parts"/> (<c>&amp;&amp;</c> in order); true when there are none.</summary>
    public static Expression AndAll(IEnumerable<Expression> parts) =>
        parts.Aggregate<Expression, Expression?>(null, (all, part) => all is null ? part : Expression.AndAlso(all, part)) ?? True;

    private static IReadOnlyList<Expression> Parts(Expression node, ExpressionType type) =>
        node is BinaryExpression b && b.NodeType == type ? [.. Parts(b.Left, type), .. Parts(b.Right, type)] : [node];

    /// <summary><paramref name="body"/>, or <paramref name="fallback"/> if it throws (only where it can: most conditions cannot).</summary>
    public static Expression Safe(Expression body, Expression fallback) =>
        Failures.Possible(body) ? Expression.TryCatch(body, Expression.Catch(typeof(Exception), fallback)) : body;

    private static Expression KnownValue(int index, string name, Expression value) =>
        Expression.Call(typeof(DerivedFact), nameof(DerivedFact.Known), null, Expression.Constant(index), Expression.Constant(name), value);

    private static Expression UnknownValue(int index, string name, Expression missing) =>
        Expression.Call(typeof(DerivedFact), nameof(DerivedFact.Unknown), null, Expression.Constant(index), Expression.Constant(name), missing);

    private sealed class DerivedSubstitution(ConditionLowering lowering) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == lowering._parsedDerived
                ? Expression.Convert(Expression.Property(lowering._derived[node.Member.Name], nameof(DerivedFact.Value)), node.Type)
                : base.VisitMember(node);
    }
}
