using System.Globalization;

namespace CrlmDecision.Yaml;

/// <summary>Receives a problem found in a document: field path, position and message.</summary>
internal delegate void YamlErrorSink(string path, int line, int column, string message);

/// <summary>
/// Reads the entries of one mapping strictly: each key may be taken once, and <see cref="Finish"/> reports
/// every key nobody took as unknown (a typo must not silently become "unknown").
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly string _path;
    private readonly YamlErrorSink _errors;
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    private MappingReader(YamlMapping mapping, string path, YamlErrorSink errors)
    {
        _mapping = mapping;
        _path = path;
        _errors = errors;
    }

    /// <summary>A reader over <paramref name="node"/>, or null (with an error) when it is not a mapping.</summary>
    public static MappingReader? Over(YamlNode node, string path, YamlErrorSink errors)
    {
        if (node is YamlMapping mapping)
        {
            return new MappingReader(mapping, path, errors);
        }

        errors(path, node.Line, node.Column, $"expected a mapping of fields, found {Describe(node)}");
        return null;
    }

    public string PathOf(string key) => _path.Length == 0 ? key : _path + "." + key;

    /// <summary>The node under <paramref name="key"/>, or null when absent or null-valued.</summary>
    public YamlNode? Take(string key)
    {
        _taken.Add(key);
        foreach (var (k, v) in _mapping.Entries)
        {
            if (k.Value == key)
            {
                return v is YamlScalar { IsNull: true } ? null : v;
            }
        }

        return null;
    }

    public YamlNode? Require(string key, string allowed)
    {
        var node = Take(key);
        if (node is null)
        {
            _errors(PathOf(key), _mapping.Line, _mapping.Column, $"is required; {allowed}");
        }

        return node;
    }

    public bool? Flag(string key)
    {
        var node = Take(key);
        switch (node)
        {
            case null:
            case YamlScalar { Value: "unknown" }:
                return null;
            case YamlScalar { IsQuoted: false, Value: "true" }:
                return true;
            case YamlScalar { IsQuoted: false, Value: "false" }:
                return false;
            default:
                Report(node, PathOf(key), $"{Describe(node)} is not allowed; expected true, false or unknown");
                return null;
        }
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, range checked here (rule-set files; facts leave ranges to their validator).</summary>
    public double? Number(string key, double min, double max)
    {
        var range = string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}, or unknown");
        var value = Number(key, range);
        if (value is { } v && (v < min || v > max))
        {
            var node = (YamlScalar)Take(key)!;
            Report(node, PathOf(key), $"{node.Value} is out of range; expected {range}");
            return null;
        }

        return value;
    }

    /// <summary>
    /// A plain finite number (not quoted, no NaN or infinity), its range not checked; null when absent or
    /// unknown. <paramref name="allowed"/> says in the error what is expected, range included.
    /// </summary>
    public double? Number(string key, string allowed)
    {
        var node = Take(key);
        if (node is null or YamlScalar { Value: "unknown" })
        {
            return null;
        }

        if (node is not YamlScalar { IsQuoted: false } scalar
            || !double.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            Report(node, PathOf(key), $"{Describe(node)} is not allowed; expected {allowed}");
            return null;
        }

        return value;
    }

    public int? Integer(string key, int min, int max)
    {
        var node = Take(key);
        var value = Number(key, min, max);
        if (value is { } v && v != Math.Floor(v))
        {
            Report(node!, PathOf(key), string.Create(CultureInfo.InvariantCulture, $"{v} is not a whole number; expected a whole number from {min} to {max}, or unknown"));
            return null;
        }

        return value is null ? null : (int)value.Value;
    }

    public string? Text(string key, int maxLength)
    {
        var node = Take(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && scalar.Value.Length <= maxLength && !scalar.Value.Any(char.IsControl))
        {
            return scalar.Value;
        }

        Report(node, PathOf(key), string.Create(CultureInfo.InvariantCulture, $"expected a single-line text of at most {maxLength} characters"));
        return null;
    }

    /// <summary>Prose that may span lines (folded or literal); whitespace runs become single spaces.</summary>
    public string? Prose(string key, int maxLength)
    {
        var node = Take(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && scalar.Value.Length <= maxLength)
        {
            return string.Join(' ', scalar.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        Report(node, PathOf(key), string.Create(CultureInfo.InvariantCulture, $"expected text of at most {maxLength} characters"));
        return null;
    }

    /// <summary>A list of words (a single word is accepted as a list of one); null when absent.</summary>
    public IReadOnlyList<YamlScalar>? Words(string key)
    {
        switch (Take(key))
        {
            case null:
                return null;
            case YamlScalar single:
                return [single];
            case YamlSequence list when list.Items.All(i => i is YamlScalar):
                return list.Items.Cast<YamlScalar>().ToArray();
            case var other:
                Report(other, PathOf(key), $"expected a list of words, found {Describe(other)}");
                return null;
        }
    }

    /// <summary>Reports every key of the mapping that was never taken.</summary>
    public void Finish()
    {
        foreach (var (key, _) in _mapping.Entries)
        {
            if (!_taken.Contains(key.Value))
            {
                var known = string.Join(", ", _taken.Order(StringComparer.Ordinal));
                _errors(PathOf(key.Value), key.Line, key.Column, $"unknown field '{key.Value}'; allowed here: {known}");
            }
        }
    }

    /// <summary>Reports a problem at <paramref name="node"/>.</summary>
    public void Report(YamlNode node, string path, string message) => _errors(path, node.Line, node.Column, message);

    /// <summary>The node of <paramref name="key"/> if present (for positions), without taking it.</summary>
    public YamlNode? Peek(string key) => _mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    /// <summary>Where the mapping starts.</summary>
    public YamlMapping Node => _mapping;

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalar { IsQuoted: true } s => $"the quoted text \"{Clip(s.Value)}\"",
        YamlScalar s => $"'{Clip(s.Value)}'",
        YamlSequence => "a list",
        _ => "a mapping",
    };

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
