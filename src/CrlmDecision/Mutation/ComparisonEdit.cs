using System.Globalization;
using CrlmDecision.Facts;

namespace CrlmDecision.Mutation;

/// <summary>
/// A comparison of a number fact with a constant (<c>fact OP value</c>, the fact on the left) before and after an edit,
/// with what the contract allows the fact to be: enough to prove, over the allowed range alone, that the edit can
/// change no answer (no rule is read for it).
/// </summary>
/// <param name="Fact">The fact in words (contract path, or the derived fact's name).</param>
/// <param name="Range">The allowed range of the fact (<see cref="FactRanges"/>); null when the contract gives none (a derived number).</param>
/// <param name="Whole">True for a whole-number fact: only whole values can occur.</param>
/// <param name="Before">The operator and constant as written.</param>
/// <param name="After">The operator and constant after the edit.</param>
internal sealed record ComparisonEdit(string Fact, FactRange? Range, bool Whole, (string Op, double Value) Before, (string Op, double Value) After)
{
    /// <summary>
    /// True when the two comparisons answer alike for every allowed value: each is constant between the constants and
    /// the range's ends, so those points and the midpoints between them (whole values around them for a whole number)
    /// decide it.
    /// </summary>
    public bool IsEquivalent => Range is not null && Witness() is null;

    /// <summary>A value, inside the allowed range when there is one, for which the two comparisons differ; null when there is none.</summary>
    public double? Witness()
    {
        var t = Before.Value;
        var u = After.Value;
        double[] preferred = [t, t - 1, t + 1, u, u - 1, u + 1, (t + u) / 2];
        var points = Whole ? preferred.Select(Math.Floor).Concat(preferred.Select(Math.Ceiling)) : preferred;
        if (Range is { } range)
        {
            points = points.Concat([range.Min, range.Max]).Where(v => v >= range.Min && v <= range.Max);
        }

        foreach (var v in points)
        {
            if (Holds(Before, v) != Holds(After, v))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>How a witness reads in a hint: <c>lesionCount 3</c>.</summary>
    public string Patient(double value) => Fact + " " + value.ToString(CultureInfo.InvariantCulture);

    private static bool Holds((string Op, double Value) comparison, double v) => comparison.Op switch
    {
        "<" => v < comparison.Value,
        "<=" => v <= comparison.Value,
        ">" => v > comparison.Value,
        ">=" => v >= comparison.Value,
        "==" => v == comparison.Value,
        _ => v != comparison.Value,
    };
}
