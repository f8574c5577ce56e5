using System.Globalization;

namespace CrlmDecision.WhatIf;

/// <summary>
/// A range of values of a number fact in which every rule answers the same: below the lowest number the rules
/// compare the fact with, each such number itself, between two of them, above the highest.
/// </summary>
/// <param name="Low">Lower bound; null for "from the lowest allowed value".</param>
/// <param name="LowInclusive">Whether <paramref name="Low"/> belongs to the range.</param>
/// <param name="High">Upper bound; null for "to the highest allowed value".</param>
/// <param name="HighInclusive">Whether <paramref name="High"/> belongs to the range.</param>
/// <param name="Sample">The value tried for the whole range.</param>
internal readonly record struct Region(double? Low, bool LowInclusive, double? High, bool HighInclusive, double Sample)
{
    /// <summary>
    /// The ranges the <paramref name="thresholds"/> (ascending) cut the allowed values <paramref name="min"/> to
    /// <paramref name="max"/> into, each with a sample value (a whole number for a whole-number fact, about 1 from
    /// the threshold where the gap allows); ranges holding no allowed value are left out.
    /// </summary>
    public static IEnumerable<Region> Split(double[] thresholds, double min, double max, bool whole)
    {
        var points = thresholds.Where(t => t >= min && t <= max && (!whole || t == Math.Floor(t))).Distinct().Order().ToArray();
        if (points.Length == 0)
        {
            yield return new Region(null, true, null, true, whole ? Math.Ceiling(min) : min);
            yield break;
        }

        if (Below(points[0], min, whole) is { } first)
        {
            yield return new Region(null, true, points[0], false, first);
        }

        for (var i = 0; i < points.Length; i++)
        {
            yield return new Region(points[i], true, points[i], true, points[i]);
            var next = i + 1 < points.Length ? points[i + 1] : max;
            var last = i + 1 == points.Length;
            if (Above(points[i], next, whole, last) is { } between)
            {
                yield return new Region(points[i], false, last ? null : next, last, between);
            }
        }
    }

    /// <summary>Two neighbouring ranges with the same answer as one.</summary>
    public Region Through(Region next) => this with { High = next.High, HighInclusive = next.HighInclusive };

    /// <summary>As a person reads it: <c>&lt; 30</c>, <c>= 30</c>, <c>&gt; 30, ≤ 40</c>, <c>&gt; 40</c>, <c>any value</c>.</summary>
    public string Describe()
    {
        if (Low == High && Low is { } point)
        {
            return "= " + Number(point);
        }

        var low = Low is { } l ? (LowInclusive ? "≥ " : "> ") + Number(l) : null;
        var high = High is { } h ? (HighInclusive ? "≤ " : "< ") + Number(h) : null;
        return (low, high) switch
        {
            (null, null) => "any value",
            (null, { } only) => only,
            ({ } only, null) => only,
            var (a, b) => a + ", " + b,
        };
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    // A value below the lowest threshold, if one is allowed: 1 below it, or halfway to the minimum.
    private static double? Below(double threshold, double min, bool whole)
    {
        if (whole)
        {
            return threshold - 1 >= min ? threshold - 1 : null;
        }

        return threshold <= min ? null : Math.Max(threshold - 1, (threshold + min) / 2);
    }

    // A value above the threshold and below the next one (or up to the maximum, after the last), if one is allowed.
    private static double? Above(double threshold, double next, bool whole, bool last)
    {
        if (whole)
        {
            var value = threshold + 1;
            return (last ? value <= next : value < next) ? value : null;
        }

        return threshold >= next ? null : Math.Min(threshold + 1, (threshold + next) / 2);
    }
}
