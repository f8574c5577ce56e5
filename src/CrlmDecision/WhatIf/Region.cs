using System.Globalization;
using CrlmDecision.Compilation;

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
    /// The ranges the <paramref name="thresholds"/> cut the allowed values <paramref name="min"/> to
    /// <paramref name="max"/> into, each with a sample value (a whole number for a whole-number fact, about 1 from
    /// the threshold where the gap allows); ranges holding no allowed value are left out. A threshold that every
    /// comparison answers like its values below (or above) belongs to that range rather than being one of its own.
    /// </summary>
    public static IReadOnlyList<Region> Split(IReadOnlyList<Threshold> thresholds, double min, double max, bool whole)
    {
        var points = thresholds.Where(t => t.Value >= min && t.Value <= max && (!whole || t.Value == Math.Floor(t.Value))).OrderBy(t => t.Value).ToArray();
        if (points.Length == 0)
        {
            return [new Region(null, true, null, true, whole ? Math.Ceiling(min) : min)];
        }

        // The ranges between thresholds (null where no allowed value lies between), then each threshold joined to one
        // of them or kept on its own.
        var gaps = new Region?[points.Length + 1];
        gaps[0] = Below(points[0].Value, min, whole) is { } first ? new Region(null, true, points[0].Value, false, first) : null;
        for (var i = 0; i < points.Length; i++)
        {
            var last = i + 1 == points.Length;
            var next = last ? max : points[i + 1].Value;
            gaps[i + 1] = Above(points[i].Value, next, whole, last) is { } between ? new Region(points[i].Value, false, last ? null : next, last, between) : null;
        }

        var regions = new List<Region>();
        var owns = new List<(int Position, Region Point)>();
        for (var i = 0; i < points.Length; i++)
        {
            var t = points[i].Value;
            if (points[i].Side == ThresholdSide.Below && gaps[i] is { } below)
            {
                gaps[i] = below with { High = t, HighInclusive = true };
            }
            else if (points[i].Side == ThresholdSide.Above && gaps[i + 1] is { } above)
            {
                gaps[i + 1] = above with { Low = t, LowInclusive = true };
            }
            else
            {
                owns.Add((i, new Region(t, true, t, true, t)));
            }
        }

        // In order: gap 0, point 0 (if its own), gap 1, point 1 ...
        for (var i = 0; i <= points.Length; i++)
        {
            if (gaps[i] is { } gap)
            {
                regions.Add(gap);
            }

            regions.AddRange(owns.Where(o => o.Position == i).Select(o => o.Point));
        }

        return regions;
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
