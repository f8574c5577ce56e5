namespace CrlmDecision.Yaml;

/// <summary>
/// The document is not well-formed YAML/JSON or breaks a limit; carries the position of the problem and,
/// when known, the field path it was found under (empty for the document as a whole).
/// </summary>
internal sealed class YamlSyntaxException(string message, int line, int column, string path = "") : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Path { get; } = path;
}
