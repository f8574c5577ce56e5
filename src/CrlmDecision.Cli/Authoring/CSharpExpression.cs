using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace CrlmDecision.Cli.Authoring;

/// <summary>
/// Writes a checked rule expression tree as C# with the same meaning, for <see cref="PrecompiledSource"/>: every
/// operation in parentheses, every constant and conversion with its exact type, every lambda cast to its exact
/// delegate type and every method named with its declaring type and type arguments, so the C# compiler binds
/// what the tree holds. A node it does not know is refused (<see cref="NotSupportedException"/>), never guessed.
/// </summary>
internal sealed class CSharpExpression
{
    private readonly Dictionary<ParameterExpression, string> _names;
    private readonly Type _derivedType;
    private int _lambdas;

    /// <param name="names">C# names of the parameters the expression reads (the patient, the derived-facts object, a lesion).</param>
    /// <param name="derivedType">The runtime compiler's derived-facts type: written as the generated class <c>D</c>.</param>
    public CSharpExpression(IReadOnlyDictionary<ParameterExpression, string> names, Type derivedType)
    {
        _names = new Dictionary<ParameterExpression, string>(names);
        _derivedType = derivedType;
    }

    /// <summary>True once the expression written so far has read the derived-facts variable.</summary>
    public bool ReadsDerived { get; private set; }

    public string Write(Expression node) => node switch
    {
        ConstantExpression c => Constant(c.Value, c.Type),
        ParameterExpression p => Parameter(p),
        MemberExpression m => Member(m),
        UnaryExpression u => Unary(u),
        BinaryExpression b => Binary(b),
        ConditionalExpression c => $"({Write(c.Test)} ? {Write(c.IfTrue)} : {Write(c.IfFalse)})",
        MethodCallExpression call => Call(call),
        LambdaExpression lambda => Lambda(lambda),
        NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array =>
            $"new {TypeName(array.Type.GetElementType()!)}[] {{ {string.Join(", ", array.Expressions.Select(Write))} }}",
        _ => throw Unsupported(node),
    };

    /// <summary>The C# name of <paramref name="type"/>, fully qualified.</summary>
    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsArray && type.GetArrayRank() == 1)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter || type.IsArray || type.IsPointer || type.IsByRef || type.FullName is null
            || type.Assembly.IsDynamic || type.IsNested && type.DeclaringType!.IsGenericType)
        {
            throw new NotSupportedException($"type {type} has no C# name here");
        }

        var name = "global::" + type.FullName.Split('`')[0].Replace('+', '.');
        return type.IsGenericType ? $"{name}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : name;
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(int)] = "int", [typeof(long)] = "long", [typeof(double)] = "double",
        [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
    };

    private string Parameter(ParameterExpression p)
    {
        if (p.Type == _derivedType)
        {
            ReadsDerived = true;
            return "d";
        }

        return _names.TryGetValue(p, out var name) ? name : throw new NotSupportedException($"parameter {p.Name} is not in scope");
    }

    private string Member(MemberExpression m) => m.Expression is null
        ? $"{TypeName(m.Member.DeclaringType!)}.{m.Member.Name}"
        : $"{Write(m.Expression)}.{m.Member.Name}";

    private string Unary(UnaryExpression u) => u.NodeType switch
    {
        ExpressionType.Not when u.Operand.Type == typeof(bool) || u.Operand.Type == typeof(bool?) => $"(!{Write(u.Operand)})",
        ExpressionType.Negate when u.Method is null => $"unchecked(-{Write(u.Operand)})",
        ExpressionType.NegateChecked when u.Method is null => $"checked(-{Write(u.Operand)})",
        ExpressionType.Convert when u.Method is null || u.Method.IsSpecialName => $"unchecked(({TypeName(u.Type)}){Write(u.Operand)})",
        ExpressionType.ConvertChecked when u.Method is null => $"checked(({TypeName(u.Type)}){Write(u.Operand)})",
        _ => throw Unsupported(u),
    };

    private string Binary(BinaryExpression b)
    {
        var symbol = b.NodeType switch
        {
            ExpressionType.AndAlso => "&&",
            ExpressionType.OrElse => "||",
            ExpressionType.Equal => "==",
            ExpressionType.NotEqual => "!=",
            ExpressionType.LessThan => "<",
            ExpressionType.LessThanOrEqual => "<=",
            ExpressionType.GreaterThan => ">",
            ExpressionType.GreaterThanOrEqual => ">=",
            ExpressionType.Add or ExpressionType.AddChecked => "+",
            ExpressionType.Subtract or ExpressionType.SubtractChecked => "-",
            ExpressionType.Multiply or ExpressionType.MultiplyChecked => "*",
            ExpressionType.Divide => "/",
            ExpressionType.Modulo => "%",
            ExpressionType.Coalesce => "??",
            _ => throw Unsupported(b),
        };

        // Lifted to null (a comparison giving bool?, arithmetic on nullable numbers) has no plain C# spelling with
        // the same result in every case, and no rule needs it; nor a conversion on ??.
        if (b.IsLiftedToNull || b.Conversion is not null)
        {
            throw Unsupported(b);
        }

        if (b.Method is { IsSpecialName: false } method)
        {
            // e.g. string + string as string.Concat, or a comparison through a static method.
            return $"{TypeName(method.DeclaringType!)}.{method.Name}({Write(b.Left)}, {Write(b.Right)})";
        }

        // Overflow as the tree says, whatever the project's default (CheckForOverflowUnderflow is on): a checked
        // node throws, an unchecked one wraps, as the runtime compiler's code does. Each node states its own
        // context, so a wrapper never changes the meaning of what it encloses.
        var text = $"({Write(b.Left)} {symbol} {Write(b.Right)})";
        return b.NodeType switch
        {
            ExpressionType.AddChecked or ExpressionType.SubtractChecked or ExpressionType.MultiplyChecked => $"checked{text}",
            ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply => $"unchecked{text}",
            _ => text,
        };
    }

    private string Call(MethodCallExpression call)
    {
        var method = call.Method;
        if (method.IsSpecialName || method.GetParameters().Any(p => p.ParameterType.IsByRef))
        {
            throw Unsupported(call);
        }

        var generic = method.IsGenericMethod ? $"<{string.Join(", ", method.GetGenericArguments().Select(TypeName))}>" : "";
        var arguments = string.Join(", ", call.Arguments.Select(Write));
        return call.Object is null
            ? $"{TypeName(method.DeclaringType!)}.{method.Name}{generic}({arguments})"
            : $"{Write(call.Object)}.{method.Name}{generic}({arguments})";
    }

    private string Lambda(LambdaExpression lambda)
    {
        var names = lambda.Parameters.Select(p => _names[p] = "x" + _lambdas++.ToString(CultureInfo.InvariantCulture)).ToArray();
        return $"(({TypeName(lambda.Type)})(({string.Join(", ", names)}) => {Write(lambda.Body)}))";
    }

    private static string Constant(object? value, Type type)
    {
        if (value is null)
        {
            return $"default({TypeName(type)})";
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return $"(({TypeName(type)}){Constant(value, underlying)})";
        }

        if (type.IsEnum)
        {
            return $"(({TypeName(type)}){Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)})";
        }

        return value switch
        {
            bool flag => flag ? "true" : "false",
            int number => $"({number.ToString(CultureInfo.InvariantCulture)})",
            long number => $"({number.ToString(CultureInfo.InvariantCulture)}L)",
            double number when double.IsFinite(number) => $"({number.ToString("R", CultureInfo.InvariantCulture)}d)",
            decimal number => $"({number.ToString(CultureInfo.InvariantCulture)}m)",
            string text => Literal(text),
            _ => throw new NotSupportedException($"constant {value} of type {type} has no C# literal here"),
        };
    }

    /// <summary>A C# string literal: quotes, backslashes and every character outside printable ASCII escaped.</summary>
    public static string Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in text)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                >= ' ' and <= '~' => c.ToString(),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return literal.Append('"').ToString();
    }

    private static NotSupportedException Unsupported(Expression node) =>
        new($"{node.NodeType} ({node}) cannot be written as C# by the precompiler; the rule set is compiled at load instead");
}
