using System.Linq.Expressions;

namespace CrlmDecision.Compilation;

/// <summary>
/// Whether an expression can throw on valid facts: an aggregate over a possibly empty sequence (Max, Min,
/// Average), a sum (checked for whole numbers), integer division or remainder, checked conversion or
/// arithmetic, an array index. Everything else the allow-list admits (fact reads, comparisons,
/// Any/All/Count/Contains, Math on numbers, string equality) cannot, so it needs no try/catch around it.
/// </summary>
internal static class Failures
{
    private static readonly HashSet<string> Throwing = ["Max", "Min", "Average", "Sum", "First", "Single", "Last", "ElementAt", "Aggregate"];

    public static bool Possible(Expression expression) => ExpressionSearch.Any(expression, CanThrow);

    private static bool CanThrow(Expression node) => node switch
    {
        MethodCallExpression call => call.Method.DeclaringType == typeof(Enumerable) && Throwing.Contains(call.Method.Name),
        BinaryExpression { NodeType: ExpressionType.Divide or ExpressionType.Modulo } division => !IsFloatingPoint(division.Type),
        BinaryExpression { NodeType: ExpressionType.AddChecked or ExpressionType.SubtractChecked or ExpressionType.MultiplyChecked } => true,
        BinaryExpression { NodeType: ExpressionType.ArrayIndex } index => !IsUnknownFlag(index.Left),
        UnaryExpression { NodeType: ExpressionType.ConvertChecked or ExpressionType.NegateChecked } => true,
        IndexExpression => true,
        _ => false,
    };

    // The lowering's own reads: the unknown flags (indexed by fact, always in range). Its unboxing of a derived
    // fact's value is guarded by IsKnown, so it never meets a null.
    private static bool IsUnknownFlag(Expression array) => array is MemberExpression { Member.Name: "Unknown" };

    private static bool IsFloatingPoint(Type type) => type == typeof(double) || type == typeof(float) || type == typeof(double?) || type == typeof(float?);
}
