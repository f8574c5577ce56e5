namespace CrlmDecision.Mutation;

/// <summary>
/// Splits the text of a <c>when:</c> or <c>expression:</c> (as it stands in the rule file, possibly over several
/// lines) into tokens with their offsets in the file, so an edit replaces exactly the characters an author would.
/// </summary>
internal static class ExpressionTokens
{
    private static readonly string[] Operators = ["&&", "||", "<=", ">=", "==", "!=", "=>", "<", ">", "!"];

    /// <summary>The tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>], whitespace left out.</summary>
    public static IReadOnlyList<ExpressionToken> Of(string text, int start, int end)
    {
        var tokens = new List<ExpressionToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var length = c switch
            {
                '"' => QuotedLength(text, i, end),
                _ when char.IsAsciiDigit(c) => NumberLength(text, i, end),
                _ when char.IsAsciiLetter(c) || c == '_' => PathLength(text, i, end),
                _ => Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)?.Length ?? 1,
            };
            var kind = c switch
            {
                '"' => TokenKind.Text,
                _ when char.IsAsciiDigit(c) => TokenKind.Number,
                _ when char.IsAsciiLetter(c) || c == '_' => TokenKind.Path,
                _ when Operators.Any(o => o.Length == length && string.CompareOrdinal(text, i, o, 0, length) == 0) => TokenKind.Operator,
                _ => TokenKind.Other,
            };
            tokens.Add(new ExpressionToken(kind, text.Substring(i, length), i));
            i += length;
        }

        return tokens;
    }

    private static int QuotedLength(string text, int start, int end)
    {
        var close = text.IndexOf('"', start + 1, end - start - 1);
        return (close < 0 ? end : close + 1) - start;
    }

    private static int NumberLength(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        return i - start;
    }

    private static int PathLength(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || (text[i] == '.' && i + 1 < end && char.IsAsciiLetter(text[i + 1]))))
        {
            i++;
        }

        return i - start;
    }
}
