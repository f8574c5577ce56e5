using CrlmDecision.Yaml;

namespace CrlmDecision.Facts;

/// <summary>Reads a contract word (an enum's <see cref="Words{TEnum}"/>) from a YAML mapping.</summary>
internal static class WordReading
{
    /// <summary>The value of <paramref name="key"/>; <paramref name="whenAbsent"/> when absent, or (reported) when not one of the words.</summary>
    public static TEnum Word<TEnum>(this MappingReader reader, string key, TEnum whenAbsent)
        where TEnum : struct, Enum
    {
        var node = reader.Take(key);
        if (node is null)
        {
            return whenAbsent;
        }

        if (node is YamlScalar scalar && Words<TEnum>.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        reader.Report(node, reader.PathOf(key), $"{MappingReader.Describe(node)} is not allowed; expected one of: {string.Join(", ", Words<TEnum>.All)}");
        return whenAbsent;
    }
}
