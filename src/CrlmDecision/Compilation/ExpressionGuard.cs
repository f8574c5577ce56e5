using System.Linq.Expressions;
using System.Reflection;
using CrlmDecision.Facts;

namespace CrlmDecision.Compilation;

/// <summary>
/// Walks a parsed expression: rejects every member that is not on the allow-list (facts, derived facts,
/// Enumerable queries, Math, plain string and number operations), so no rule can reach reflection, the
/// clock, randomness, IO, the environment or unbounded work; collects the facts the expression reads; and
/// flags comparisons with a word the fact can never take.
/// </summary>
internal sealed class ExpressionGuard : ExpressionVisitor
{
    private static readonly HashSet<string> EnumerableMethods =
        ["Any", "All", "Count", "Where", "Select", "Max", "Min", "Sum", "Average", "Contains", "Distinct"];

    private static readonly HashSet<string> MathMethods = ["Max", "Min", "Abs", "Round", "Floor", "Ceiling"];

    // Only ordinal string operations: StartsWith/EndsWith(string), Concat of numbers and Max/Min of words
    // follow the host's culture, so they would make a rule's outcome depend on where it runs.
    private static readonly HashSet<string> StringMethods = ["Equals", "Contains", "op_Equality", "op_Inequality"];

    private readonly Type _derivedType;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _derived;

    public ExpressionGuard(Type derivedType, IReadOnlyDictionary<string, IReadOnlyList<string>> derived)
    {
        _derivedType = derivedType;
        _derived = derived;
    }

    /// <summary>Patient facts read (<see cref="FactCatalog"/> indices).</summary>
    public SortedSet<int> Facts { get; } = [];

    /// <summary>Names of the derived facts read.</summary>
    public HashSet<string> DerivedUsed { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The numbers the expression compares a number fact (by <see cref="FactCatalog"/> index) or a derived fact (by
    /// property name) with: the thresholds a what-if tries each side of.
    /// </summary>
    public List<(int Fact, string? Derived, Threshold Threshold)> Thresholds { get; } = [];

    /// <summary>Problems found: forbidden members and impossible word comparisons.</summary>
    public List<string> Problems { get; } = [];

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is PropertyInfo property && property.DeclaringType == _derivedType && _derived.TryGetValue(property.Name, out _))
        {
            DerivedUsed.Add(property.Name);
        }
        else if (node.Member is PropertyInfo viewProperty && FactCatalog.ViewTypes.Contains(viewProperty.DeclaringType!))
        {
            if (FactCatalog.Of(viewProperty) is { } fact)
            {
                Facts.Add(fact.Index);
            }
        }
        else if (!IsPlainMember(node))
        {
            Forbid(node.Member);
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var type = node.Method.DeclaringType;
        var allowed = (type == typeof(Enumerable) && EnumerableMethods.Contains(node.Method.Name)
                && !(node.Method.Name is "Max" or "Min" && node.Method.ReturnType == typeof(string)))
            || (type == typeof(Math) && MathMethods.Contains(node.Method.Name))
            || (type == typeof(string) && StringMethods.Contains(node.Method.Name)
                && node.Method.GetParameters().All(p => p.ParameterType == typeof(string)));
        if (!allowed)
        {
            Forbid(node.Method);
        }
        else if (node.Method.Name == "Contains" && type == typeof(Enumerable) && node.Arguments is [var source, ConstantExpression { Value: string word }])
        {
            CheckWord(source, word);
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
            or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual)
        {
            Threshold(node.Left, node.Right, node.NodeType);
            Threshold(node.Right, node.Left, Mirror(node.NodeType));
        }

        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual)
        {
            if (node.Right is ConstantExpression { Value: string right })
            {
                CheckWord(node.Left, right);
            }
            else if (node.Left is ConstantExpression { Value: string left })
            {
                CheckWord(node.Right, left);
            }
        }

        return base.VisitBinary(node);
    }

    // c < x is x > c: the comparison with the fact on the left.
    private static ExpressionType Mirror(ExpressionType comparison) => comparison switch
    {
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        _ => comparison,
    };

    // A number fact or derived fact compared with a number (side OP other): remember the number and how the value
    // equal to it answers. Through a derived fact the direction is not known (the derived fact may turn it), so own.
    private void Threshold(Expression side, Expression other, ExpressionType comparison)
    {
        while (side is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            side = convert.Operand;
        }

        while (other is UnaryExpression { NodeType: ExpressionType.Convert } convertOther)
        {
            other = convertOther.Operand;
        }

        if (other is not ConstantExpression { Value: int or double or decimal or long } constant || side is not MemberExpression { Member: PropertyInfo property })
        {
            return;
        }

        var value = Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
        if (property.DeclaringType == _derivedType && _derived.ContainsKey(property.Name))
        {
            Thresholds.Add((-1, property.Name, new Threshold(value, ThresholdSide.Own)));
        }
        else if (FactCatalog.Of(property) is { } fact)
        {
            Thresholds.Add((fact.Index, null, new Threshold(value, Compilation.Threshold.SideOf(comparison))));
        }
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not (null or string or bool or int or long or double or float or decimal))
        {
            Problems.Add($"forbidden constant of type {node.Type.Name}: only numbers, words and true/false may appear");
        }

        return base.VisitConstant(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        Problems.Add($"forbidden construction 'new {node.Type.Name}': expressions may only read facts");
        return base.VisitNew(node);
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        Problems.Add("forbidden array construction: expressions may only read facts");
        return base.VisitNewArray(node);
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        Problems.Add("forbidden delegate invocation: expressions may only read facts");
        return base.VisitInvocation(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType is ExpressionType.TypeAs or ExpressionType.Quote)
        {
            Problems.Add($"forbidden operation {node.NodeType}");
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        Problems.Add($"forbidden type test against {node.TypeOperand.Name}");
        return base.VisitTypeBinary(node);
    }

    private static bool IsPlainMember(MemberExpression node) =>
        node.Expression is not null
        && node.Member is PropertyInfo { Name: "Count" or "Length" or "Value" or "HasValue" } property
        && (property.DeclaringType == typeof(string)
            || property.DeclaringType!.IsGenericType && property.DeclaringType.GetGenericTypeDefinition() is var g
               && (g == typeof(IReadOnlyCollection<>) || g == typeof(ICollection<>) || g == typeof(Nullable<>)));

    private void Forbid(MemberInfo member) =>
        Problems.Add($"forbidden member {member.DeclaringType?.Name}.{member.Name}: rules may read only the facts (p), derived facts (d), Enumerable queries (Any, All, Count, Where, Select, Max, Min, Sum, Average, Contains, Distinct) and Math (Max, Min, Abs, Round, Floor, Ceiling)");

    private void CheckWord(Expression side, string word)
    {
        IReadOnlyList<string>? words = null;
        var name = "";
        if (side is MemberExpression { Member: PropertyInfo property })
        {
            if (FactCatalog.Of(property) is { Words.Count: > 0 } fact)
            {
                (words, name) = (fact.Words, fact.Path);
            }
            else if (property.DeclaringType == _derivedType && _derived.TryGetValue(property.Name, out var d) && d.Count > 0)
            {
                (words, name) = (d, "d." + property.Name);
            }
        }

        if (words is not null && !words.Contains(word))
        {
            Problems.Add($"'{word}' is not a value of {name} (it takes: {string.Join(", ", words)}), so this comparison never holds");
        }
    }
}
