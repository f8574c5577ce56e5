using System.Text;
using CsCheck;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// Generators of hostile variants of valid facts documents: character flips, truncation, duplicated,
/// deleted and swapped lines, hostile values and deep nesting, applied one to four at a time.
/// </summary>
internal static class DocumentMutations
{
    private static readonly char[] Noise =
        ['\0', '\u0001', '\t', '\n', '\r', ' ', '[', ']', '{', '}', ':', '-', ',', '&', '*', '!', '?', '|', '>', '"', '\'', '#', '%', '@', '`',
         '0', '9', '.', 'e', 'x', '\u00e9', '\ufffd', '\ufeff', '\u2028'];

    private static readonly string[] HostileValues =
        [".nan", "NaN", ".inf", "-.inf", "Infinity", "-1", "1e400", "0x10", "1_000", "&a x", "*a", "!!binary eA==", "!!python/object x",
         "~", "''", "\"\"", "[]", "{}", "unknown", "yes", "\"3\"", "2.4", "99999999999999999999", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
         "{a: {b: {c: {d: {e: {f: {g: {h: {i: {j: {k: {l: {m: {n: {o: {p: {q: 1}}}}}}}}}}}}}}}}}", "? [a]\n  : b", "|\n  text", "---"];

    private static readonly Gen<int> At = Gen.Int[0, int.MaxValue];

    private static Gen<Func<string, string>> One { get; } = Gen.Frequency(
        (4, Gen.Select(At, Gen.OneOf(Noise), Mutation<int, char>((at, c) => t => Flip(t, at, c)))),
        (2, At.Select(Mutation<int>(at => t => t.Length == 0 ? t : t[..(at % t.Length)]))),
        (2, At.Select(Mutation<int>(at => t => Lines(t, at, (lines, i) => lines.Insert(i, lines[i]))))),
        (1, At.Select(Mutation<int>(at => t => Lines(t, at, (lines, i) => lines.RemoveAt(i))))),
        (1, Gen.Select(At, At, Mutation<int, int>((a, b) => t => Swap(t, a, b)))),
        (3, Gen.Select(At, Gen.OneOf(HostileValues), Mutation<int, string>((at, v) => t => Lines(t, at, (lines, i) => lines[i] = ReplaceValue(lines[i], v))))),
        (1, Gen.Select(At, Gen.Int[1, 5_000], Gen.Bool).Select(x => (Func<string, string>)(t => Lines(t, x.Item1, (lines, i) => lines[i] = ReplaceValue(lines[i], Nest(x.Item2, x.Item3)))))));

    private static Func<T, Func<string, string>> Mutation<T>(Func<T, Func<string, string>> make) => make;

    private static Func<T1, T2, Func<string, string>> Mutation<T1, T2>(Func<T1, T2, Func<string, string>> make) => make;

    /// <summary>One to four mutations applied in turn to <paramref name="seed"/>.</summary>
    public static Gen<string> Of(Gen<string> seed) =>
        Gen.Select(seed, One.Array[1, 4], (text, steps) => steps.Aggregate(text, (t, step) => step(t)));

    private static string Flip(string text, int at, char c)
    {
        if (text.Length == 0)
        {
            return c.ToString();
        }

        var builder = new StringBuilder(text);
        builder[at % text.Length] = c;
        return builder.ToString();
    }

    private static string Lines(string text, int at, Action<List<string>, int> change)
    {
        var lines = text.Split('\n').ToList();
        change(lines, at % lines.Count);
        return string.Join('\n', lines);
    }

    private static string Swap(string text, int a, int b)
    {
        var lines = text.Split('\n');
        (lines[a % lines.Length], lines[b % lines.Length]) = (lines[b % lines.Length], lines[a % lines.Length]);
        return string.Join('\n', lines);
    }

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? line + " " + value : line[..(colon + 1)] + " " + value;
    }

    private static string Nest(int depth, bool closed) => new string('[', depth) + (closed ? new string(']', depth) : "");
}
