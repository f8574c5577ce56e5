using CrlmDecision.Yaml;

namespace CrlmDecision.Facts;

/// <summary>
/// Reads patient facts from YAML or JSON (the same shape) strictly: unknown keys, duplicate keys, wrong
/// words, out-of-range numbers, NaN, quoted numbers, anchors and empty documents are refused, each with its
/// field path and line, all problems at once.
/// </summary>
/// <remarks>
/// Thread-safe and stateless. A missing optional fact reads as unknown, never as a default value.
/// <see cref="Read"/> and <see cref="ReadFile"/> return checked facts. A host that evaluates what it reads
/// should use <see cref="ReadDocument"/> or <see cref="ReadDocumentFile"/> instead: the engine validates the
/// document once, with lines, where checked facts would be validated a second time.
/// </remarks>
public static class FactsReader
{
    /// <summary>Reads and validates facts from text; <paramref name="source"/> names the document in error messages.</summary>
    /// <exception cref="InvalidFactsException">The text is not valid facts.</exception>
    public static PatientFacts Read(string text, string? source = null) => ReadDocument(text, source).Validated();

    /// <summary>Reads and validates facts from a file (.yaml, .yml or .json).</summary>
    /// <exception cref="InvalidFactsException">The file is missing, unreadable or not valid facts.</exception>
    public static PatientFacts ReadFile(string path) => ReadDocumentFile(path).Validated();

    /// <summary>
    /// Reads facts from text without validating their ranges and consistency, which
    /// <see cref="ICrlmDecisionEngine.Recommend(FactsDocument)"/> checks with the line of each field.
    /// <paramref name="source"/> names the document in error messages.
    /// </summary>
    /// <exception cref="InvalidFactsException">
    /// The text is not YAML or JSON, or not the facts' shape: unknown or duplicate keys, wrong types or words.
    /// The range problems found are listed with these, so every problem is reported at once.
    /// </exception>
    public static FactsDocument ReadDocument(string text, string? source = null)
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

        return DocumentOf(root, source);
    }

    /// <summary>Reads facts from a file (.yaml, .yml or .json) as <see cref="ReadDocument"/> reads text.</summary>
    /// <exception cref="InvalidFactsException">The file is missing, unreadable or not the facts' shape.</exception>
    public static FactsDocument ReadDocumentFile(string path)
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

        return ReadDocument(text, path);
    }

    /// <summary>Maps an already parsed node (e.g. the <c>facts:</c> of a scenario file) onto a document, not validated.</summary>
    internal static FactsDocument DocumentOf(YamlNode root, string? source)
    {
        var errors = new List<FactsError>();
        var facts = FactsMapper.Map(root, errors);
        var lines = FactsMapper.LinesOf(root);
        if (errors.Count == 0)
        {
            return new FactsDocument(facts!, source, lines);
        }

        if (facts is not null)
        {
            errors.AddRange(FactsValidator.RangeErrors(facts, lines)); // the fields that could be read: every problem at once
        }

        throw new InvalidFactsException(source, errors);
    }
}
