namespace CrlmDecision.Mutation;

/// <summary>
/// The text of one rule or derived fact in its file: from its line to the line before the next one (or the end),
/// and where the value of one of its keys stands in that text.
/// </summary>
internal sealed class Block
{
    private readonly string _text;
    private readonly List<(int Start, int End)> _lines;

    private Block(string text, List<(int Start, int End)> lines)
    {
        _text = text;
        _lines = lines;
    }

    /// <summary>The block that starts at 1-based <paramref name="line"/> and ends before the next of <paramref name="starts"/>.</summary>
    public static Block Of(string text, int line, IEnumerable<int> starts)
    {
        var next = starts.Where(s => s > line).DefaultIfEmpty(int.MaxValue).Min();
        var lines = new List<(int, int)>();
        var offset = 0;
        for (var number = 1; offset <= text.Length && number < next; number++)
        {
            var end = text.IndexOf('\n', offset);
            end = end < 0 ? text.Length : end;
            if (number >= line)
            {
                lines.Add((offset, end > offset && text[end - 1] == '\r' ? end - 1 : end));
            }

            offset = end + 1;
        }

        return new Block(text, lines);
    }

    /// <summary>
    /// Where the value of <paramref name="key"/> stands: the rest of its line, or, for a block scalar (<c>&gt;-</c>,
    /// <c>|</c>), the lines indented under it; null when the block has no such key.
    /// </summary>
    public (int Start, int End)? Value(string key)
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            var (start, end) = _lines[i];
            var line = _text[start..end];
            var indent = line.Length - line.TrimStart().Length;
            var trimmed = line.TrimStart().TrimStart('-').TrimStart();
            if (!trimmed.StartsWith(key + ":", StringComparison.Ordinal))
            {
                continue;
            }

            var valueStart = end - trimmed.Length + key.Length + 1;
            while (valueStart < end && _text[valueStart] == ' ')
            {
                valueStart++;
            }

            var rest = _text[valueStart..end].TrimEnd();
            if (rest.Length > 0 && rest[0] is not ('>' or '|'))
            {
                return (valueStart, valueStart + rest.Length);
            }

            var last = i;
            for (var j = i + 1; j < _lines.Count; j++)
            {
                var next = _text[_lines[j].Start.._lines[j].End];
                if (next.Trim().Length > 0 && next.Length - next.TrimStart().Length <= indent)
                {
                    break;
                }

                last = next.Trim().Length > 0 ? j : last;
            }

            return last == i ? null : (_lines[i + 1].Start, _lines[last].End);
        }

        return null;
    }
}
