using System.Linq.Expressions;

namespace CrlmDecision.Compilation;

/// <summary>
/// Whether an expression can throw on valid facts: an aggregate over a possibly empty sequence (Max, Min,
/// Average), a sum (checked for whole numbers), integer division or remainder, checked conversion or
/// arithmetic, an array index. Everything else the allow-list admits (fact reads, comparisons,
/// Any/All/Count/Contains, Math on numbers, string equality) cannot, so it needs no try/catch around it.
/// </summary>
internal sealed class Failures : ExpressionVisitor
{
    private static readonly HashSet<string> Throwing = ["Max", "Min", "Average", "Sum", "First", "Single", "Last", "ElementAt", "Aggregate"];

    private bool _possible;

    public static bool Possible(Expression expression)
    {
        var finder = new Failures();
        finder.Visit(expression);
        return finder._possible;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        _possible |= node.Method.DeclaringType == typeof(Enumerable) && Throwing.Contains(node.Method.Name);
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        _possible |= node.NodeType is ExpressionType.Divide or ExpressionType.Modulo && !IsFloatingPoint(node.Type)
            || node.NodeType is ExpressionType.AddChecked or ExpressionType.SubtractChecked or ExpressionType.MultiplyChecked
            || node.NodeType == ExpressionType.ArrayIndex && !IsUnknownFlag(node.Left);
        return base.VisitBinary(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        _possible |= node.NodeType is ExpressionType.ConvertChecked or ExpressionType.NegateChecked;
        return base.VisitUnary(node);
    }

    protected override Expression VisitIndex(IndexExpression node)
    {
        _possible = true;
        return base.VisitIndex(node);
    }

    // The lowering's own reads: the unknown flags (indexed by fact, always in range). Its unboxing of a derived
    // fact's value is guarded by IsKnown, so it never meets a null.
    private static bool IsUnknownFlag(Expression array) => array is MemberExpression { Member.Name: "Unknown" };

    private static bool IsFloatingPoint(Type type) => type == typeof(double) || type == typeof(float) || type == typeof(double?) || type == typeof(float?);
}
