namespace CrlmDecision.Facts;

/// <summary>
/// Patient facts read from a document, not yet validated: their shapes, types and words were checked when
/// read, their ranges and consistency are checked, with the line of each field, when the document is
/// evaluated. Pass it to <see cref="ICrlmDecisionEngine.Recommend(FactsDocument)"/>, which validates it once.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. It carries no "validated" mark: every call that evaluates it validates it, so
/// facts that were never checked cannot pass for checked ones. Read one with
/// <see cref="FactsReader.ReadDocument"/> or <see cref="FactsReader.ReadDocumentFile"/>.
/// </remarks>
public sealed class FactsDocument
{
    internal FactsDocument(PatientFacts facts, string? source, IReadOnlyDictionary<string, (int Line, int Column)> lines)
    {
        Facts = facts;
        Source = source;
        Lines = lines;
    }

    /// <summary>The facts as written; a number may still be out of range until the document is validated.</summary>
    public PatientFacts Facts { get; }

    /// <summary>The file name or label of the document, used in error messages; null when none was given.</summary>
    public string? Source { get; }

    /// <summary>Line and column of every field path, for the validator's messages.</summary>
    internal IReadOnlyDictionary<string, (int Line, int Column)> Lines { get; }

    /// <summary>The facts, once every range and consistency check passed.</summary>
    /// <exception cref="InvalidFactsException">Any check failed; each error names the field path and line.</exception>
    internal PatientFacts Validated() => Checked().Facts;

    /// <summary>The facts and their warnings (each with its line), once every range and consistency check passed.</summary>
    /// <exception cref="InvalidFactsException">Any check failed; each error names the field path and line.</exception>
    internal (PatientFacts Facts, IReadOnlyList<FactWarning> Warnings) Checked()
    {
        var check = FactsValidator.Check(Facts, Lines);
        return check.Errors.Count == 0 ? (Facts, check.Warnings) : throw new InvalidFactsException(Source, check.Errors);
    }
}
