namespace CrlmDecision.Yaml;

/// <summary>A node of a parsed YAML (or JSON) document, with the 1-based line and column where it starts.</summary>
internal abstract record YamlNode(int Line, int Column);

/// <summary>A scalar; <see cref="IsQuoted"/> tells a quoted "24" from a plain 24.</summary>
internal sealed record YamlScalar(string Value, bool IsQuoted, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>True for the YAML spellings of null: an empty plain scalar, ~ and null.</summary>
    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A sequence, items in document order.</summary>
internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column);

/// <summary>A mapping of scalar keys, entries in document order; keys are unique (the reader refuses duplicates).</summary>
internal sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, int Line, int Column)
    : YamlNode(Line, Column);
