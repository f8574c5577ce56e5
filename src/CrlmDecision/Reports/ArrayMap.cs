using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CrlmDecision.Reports;

/// <summary>
/// A small read-only map over two parallel arrays, enumerated in the arrays' order (which the report fixes:
/// derived facts by name, citations in catalogue order). Lookups are linear: reports hold a few dozen keys.
/// </summary>
/// <remarks>
/// Cheaper per report than a dictionary; serialises like one (System.Text.Json enumerates it). Read-only all
/// the way down: the arrays (shared between reports for derived-fact names and a rule's details) never leave it.
/// </remarks>
internal sealed class ArrayMap<TValue>(string[] keys, TValue[] values) : IReadOnlyDictionary<string, TValue>
{
    public int Count => keys.Length;

    // Wrapped: the arrays may be shared by every report of a rule set, so a caller must not get them.
    public IEnumerable<string> Keys => Array.AsReadOnly(keys);

    public IEnumerable<TValue> Values => Array.AsReadOnly(values);

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no entry '{key}'");

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var at = Array.IndexOf(keys, key);
        value = at >= 0 ? values[at] : default;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
