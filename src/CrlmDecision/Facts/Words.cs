using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace CrlmDecision.Facts;

/// <summary>The contract's words of an enum (from its [JsonStringEnumMemberName]), both ways.</summary>
internal static class Words<TEnum>
    where TEnum : struct, Enum
{
    // Keyed and valued by the enum's int value, not by TEnum: Dictionary<string, TEnum> and Dictionary<TEnum, string>
    // are a new generic instantiation per enum, code from System.Private.CoreLib that ReadyToRun cannot precompile
    // over our types, so a cold CLI start JIT-compiled ~25 dictionary and LINQ methods for each of the 17 enums
    // (docs/performance.md). Dictionary<string, int> and Dictionary<int, string> are shared by all of them.
    // (Plain dictionaries, read-only after type initialisation: FrozenDictionary started slower still.)
    private static readonly Dictionary<string, int> ByWord = BuildByWord();

    private static readonly Dictionary<int, string> ByValue = ByWord.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>All words, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .OrderBy(f => Convert.ToInt32(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture))
        .Select(WordOf)
        .ToArray();

    public static bool TryParse(string word, out TEnum value)
    {
        var found = ByWord.TryGetValue(word, out var number);
        value = Unsafe.BitCast<int, TEnum>(number);
        return found;
    }

    public static string Of(TEnum value) => ByValue[Unsafe.BitCast<TEnum, int>(value)];

    private static Dictionary<string, int> BuildByWord()
    {
        // The maps are keyed by the enum's int value (one dictionary type for every enum: ReadyToRun precompiles it).
        if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
        {
            throw new InvalidOperationException($"{typeof(TEnum).Name}: contract enums must be int-based");
        }

        var byWord = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            byWord.Add(WordOf(field), Unsafe.BitCast<TEnum, int>((TEnum)field.GetValue(null)!));
        }

        return byWord;
    }

    private static string WordOf(FieldInfo field) =>
        field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{field.Name} has no contract word");
}
