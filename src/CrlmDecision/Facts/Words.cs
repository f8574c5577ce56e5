using System.Reflection;
using System.Text.Json.Serialization;

namespace CrlmDecision.Facts;

/// <summary>The contract's words of an enum (from its [JsonStringEnumMemberName]), both ways.</summary>
internal static class Words<TEnum>
    where TEnum : struct, Enum
{
    // Plain dictionaries, read-only after type initialisation: FrozenDictionary's construction cost ~100 ms of a
    // cold CLI start (generic instantiations over enums that ReadyToRun cannot precompile) for a handful of words.
    private static readonly Dictionary<string, TEnum> ByWord = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(f => WordOf(f), f => (TEnum)f.GetValue(null)!, StringComparer.Ordinal);

    private static readonly Dictionary<TEnum, string> ByValue = ByWord.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>All words, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .OrderBy(f => Convert.ToInt32(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture))
        .Select(WordOf)
        .ToArray();

    public static bool TryParse(string word, out TEnum value) => ByWord.TryGetValue(word, out value);

    public static string Of(TEnum value) => ByValue[value];

    private static string WordOf(FieldInfo field) =>
        field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{field.Name} has no contract word");
}
