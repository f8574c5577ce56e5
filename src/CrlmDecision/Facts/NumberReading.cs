using System.Globalization;
using CrlmDecision.Yaml;

namespace CrlmDecision.Facts;

/// <summary>
/// Reads a number fact from a YAML mapping: its type only. The range is checked by
/// <see cref="FactsValidator"/>, so a document can be read before it is validated; the type error names the
/// range of <see cref="FactRanges"/> all the same, so one message says everything that is allowed.
/// </summary>
internal static class NumberReading
{
    /// <summary>The number under <paramref name="key"/>; null when absent, unknown or (reported) not a number.</summary>
    public static double? Number(this MappingReader reader, string key, FactRange range) => reader.Number(key, range.Allowed);

    /// <summary>The whole number under <paramref name="key"/>; null when absent, unknown or (reported) not a whole number.</summary>
    public static int? WholeNumber(this MappingReader reader, string key, FactRange range)
    {
        if (reader.Number(key, range.Allowed) is not { } value)
        {
            return null;
        }

        if (value != Math.Floor(value))
        {
            reader.Report(reader.Take(key)!, reader.PathOf(key), string.Create(CultureInfo.InvariantCulture, $"{value} is not a whole number; expected {range.Allowed}"));
            return null;
        }

        // An int cannot hold it, so it cannot be mapped to be refused later: refused here, as the validator would.
        if (value < int.MinValue || value > int.MaxValue)
        {
            reader.Report(reader.Take(key)!, reader.PathOf(key), range.OutOfRange(value));
            return null;
        }

        return (int)value;
    }
}
