using System.Linq.Expressions;

namespace CrlmDecision.Compilation;

/// <summary>Whether any node of an expression tree (nested lambdas included) satisfies a test.</summary>
internal sealed class ExpressionSearch(Func<Expression, bool> test) : ExpressionVisitor
{
    private bool _found;

    public static bool Any(Expression expression, Func<Expression, bool> test)
    {
        var search = new ExpressionSearch(test);
        search.Visit(expression);
        return search._found;
    }

    public override Expression? Visit(Expression? node)
    {
        if (_found || node is null)
        {
            return node;
        }

        _found = test(node);
        return _found ? node : base.Visit(node);
    }
}
