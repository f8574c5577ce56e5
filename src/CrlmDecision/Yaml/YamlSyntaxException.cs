namespace CrlmDecision.Yaml;

/// <summary>The document is not well-formed YAML/JSON or breaks a limit; carries the position of the problem.</summary>
internal sealed class YamlSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
