using CrlmDecision.Yaml;

namespace CrlmDecision.Facts;

/// <summary>
/// Reads patient facts from YAML or JSON (the same shape) strictly: unknown keys, duplicate keys, wrong
/// words, out-of-range numbers, NaN, quoted numbers, anchors and empty documents are refused, each with its
/// field path and line, all problems at once.
/// </summary>
/// <remarks>Thread-safe and stateless. A missing optional fact reads as unknown, never as a default value.</remarks>
public static class FactsReader
{
    /// <summary>Reads facts from text; <paramref name="source"/> names the document in error messages.</summary>
    /// <exception cref="InvalidFactsException">The text is not valid facts.</exception>
    public static PatientFacts Read(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        YamlNode? root;
        try
        {
            root = YamlDocumentReader.Read(text, YamlLimits.Facts);
        }
        catch (YamlSyntaxException e)
        {
            throw new InvalidFactsException(source, [new FactsError(e.Path, e.Line, e.Column, "not valid YAML or JSON: " + e.Message)]);
        }

        if (root is null)
        {
            throw new InvalidFactsException(source, [new FactsError("", 1, 1, "the document is empty; expected the patient facts mapping (schemaVersion: 1, ...)")]);
        }

        return FromNode(root, source);
    }

    /// <summary>Maps an already parsed node (e.g. the <c>facts:</c> of a scenario file) onto facts.</summary>
    internal static PatientFacts FromNode(YamlNode root, string? source)
    {
        var errors = new List<FactsError>();
        var facts = FactsMapper.Map(root, errors);
        if (errors.Count == 0 && facts is not null)
        {
            errors.AddRange(FactsValidator.Validate(facts, FactsMapper.LinesOf(root)));
        }

        return errors.Count == 0 ? facts! : throw new InvalidFactsException(source, errors);
    }

    /// <summary>Reads facts from a file (.yaml, .yml or .json).</summary>
    /// <exception cref="InvalidFactsException">The file is missing, unreadable or not valid facts.</exception>
    public static PatientFacts ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > YamlLimits.Facts.MaxChars * 4L)
            {
                throw new InvalidFactsException(path, [new FactsError("", 1, 1, $"file is {info.Length} bytes; facts documents are at most {YamlLimits.Facts.MaxChars} characters")]);
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InvalidFactsException(path, [new FactsError("", null, null, "cannot read the file: " + e.Message)]);
        }

        return Read(text, path);
    }
}
