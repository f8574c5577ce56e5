using System.Text;
using System.Text.RegularExpressions;

namespace CrlmDecision.Cli.Authoring;

/// <summary>
/// Renders a rule expression for a reader who is not a programmer: the top-level conditions as a list,
/// fact paths as the contract writes them (<c>liver.lesions</c>), derived facts by name, and the
/// comparison operators in words. A reading aid only: the expression itself stays the authority.
/// </summary>
internal static partial class ExpressionWords
{
    /// <summary>"all" with the conditions joined by &amp;&amp;, "any" for a top-level ||, "one" otherwise.</summary>
    public static (string Join, IReadOnlyList<string> Conditions) Render(string expression)
    {
        var flat = Spaces().Replace(expression.Trim(), " ");
        var all = SplitTopLevel(flat, "&&");
        if (all.Count > 1)
        {
            return ("all", all.Select(Words).ToArray());
        }

        var any = SplitTopLevel(flat, "||");
        return any.Count > 1 ? ("any", any.Select(Words).ToArray()) : ("one", [Words(flat)]);
    }

    // Rewrites only outside double-quoted words, so a word such as "a && b" stays as written.
    private static string Words(string part) =>
        string.Join('"', part.Split('"').Select((segment, i) => i % 2 == 0 ? Outside(segment) : segment));

    private static string Outside(string text)
    {
        text = PatientPath().Replace(text, m => "`" + string.Join('.', m.Groups[1].Value.Split('.').Select(Camel)) + "`");
        text = DerivedFact().Replace(text, m => "`" + Camel(m.Groups[1].Value) + "` (derived)");
        text = LambdaMember().Replace(text, m => m.Groups[1].Value + "." + Camel(m.Groups[2].Value));
        return text.Replace(" == ", " is ", StringComparison.Ordinal)
            .Replace(" != ", " is not ", StringComparison.Ordinal)
            .Replace(" >= ", " ≥ ", StringComparison.Ordinal)
            .Replace(" <= ", " ≤ ", StringComparison.Ordinal)
            .Replace(" && ", " and ", StringComparison.Ordinal)
            .Replace(" || ", " or ", StringComparison.Ordinal);
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // Splits on the operator where it is outside parentheses and outside double-quoted words.
    private static List<string> SplitTopLevel(string text, string op)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            quoted ^= c == '"';
            depth += quoted ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0;
            if (!quoted && depth == 0 && string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
                i += op.Length - 1;
                continue;
            }

            current.Append(c);
        }

        parts.Add(current.ToString().Trim());
        return parts.Where(p => p.Length > 0).Select(Unwrap).ToList();
    }

    // "(a || b)" as a whole condition reads better without the outer parentheses.
    private static string Unwrap(string part) =>
        part.StartsWith('(') && part.EndsWith(')') && Balanced(part[1..^1]) ? part[1..^1] : part;

    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\bp\.([A-Z]\w*(?:\.[A-Z]\w*(?![\w(]))*)")]
    private static partial Regex PatientPath();

    [GeneratedRegex(@"\bd\.([A-Z]\w*)")]
    private static partial Regex DerivedFact();

    [GeneratedRegex(@"\b([a-z])\.([A-Z]\w*(?![\w(]))")]
    private static partial Regex LambdaMember();
}
