using CrlmDecision.Facts;

namespace CrlmDecision.Compilation;

/// <summary>
/// Sets of unknown patient facts as ascending arrays of fact indices (<see cref="FactCatalog"/>): what the
/// lowered conditions compute when a rule or derived fact is not evaluable.
/// </summary>
internal static class MissingFacts
{
    public static int[] None { get; } = [];

    /// <summary>The facts of <paramref name="facts"/> that are unknown, and the facts behind the unknown derived facts read.</summary>
    public static int[] Of(bool[] unknown, int[] facts, DerivedFact[] derived)
    {
        var result = None;
        foreach (var fact in facts)
        {
            if (unknown[fact])
            {
                result = Union(result, [fact]);
            }
        }

        foreach (var fact in derived)
        {
            if (!fact.IsKnown)
            {
                result = Union(result, fact.Missing);
            }
        }

        return result;
    }

    /// <summary>Per lesion, the facts of <paramref name="facts"/> that are unknown for it.</summary>
    public static int[] OfLesions(IReadOnlyList<LesionView> lesions, int[] facts)
    {
        var result = None;
        foreach (var lesion in lesions)
        {
            result = Union(result, Of(lesion.Unknown, facts, []));
        }

        return result;
    }

    public static int[] Union(int[] a, int[] b)
    {
        if (b.Length == 0)
        {
            return a;
        }

        if (a.Length == 0)
        {
            return b;
        }

        var merged = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var next = j == b.Length || (i < a.Length && a[i] <= b[j]) ? a[i] : b[j];
            if (merged.Count == 0 || merged[^1] != next)
            {
                merged.Add(next);
            }

            i += i < a.Length && a[i] == next ? 1 : 0;
            j += j < b.Length && b[j] == next ? 1 : 0;
        }

        return [.. merged];
    }
}
