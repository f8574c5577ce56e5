using System.Reflection;
using System.Text.Json.Serialization;

namespace CrlmDecision.Facts;

/// <summary>The contract's words of an enum (from its [JsonStringEnumMemberName]), both ways.</summary>
internal static class Words<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (string Word, TEnum Value)[] Entries = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (WordOf(field), (TEnum)field.GetValue(null)!))
        .OrderBy(entry => entry.Item2)
        .ToArray();

    private static readonly Dictionary<string, TEnum> ByWord = Entries.ToDictionary(e => e.Word, e => e.Value, StringComparer.Ordinal);

    private static readonly Dictionary<TEnum, string> ByValue = Entries.ToDictionary(e => e.Value, e => e.Word);

    /// <summary>All words, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Entries.Select(e => e.Word).ToArray();

    public static bool TryParse(string word, out TEnum value) => ByWord.TryGetValue(word, out value);

    public static string Of(TEnum value) => ByValue[value];

    private static string WordOf(FieldInfo field) =>
        field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{field.Name} has no contract word");
}
