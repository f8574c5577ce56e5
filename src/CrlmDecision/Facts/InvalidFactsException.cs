namespace CrlmDecision.Facts;

/// <summary>The facts were refused; nothing was evaluated. <see cref="Errors"/> lists every problem found.</summary>
public sealed class InvalidFactsException : Exception
{
    /// <summary>Creates the exception from the problems found in <paramref name="source"/>.</summary>
    public InvalidFactsException(string? source, IReadOnlyList<FactsError> errors)
        : base(Describe(source, errors))
    {
        Source = source;
        Errors = errors;
    }

    /// <summary>The file name or label of the document, when there was one.</summary>
    public new string? Source { get; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<FactsError> Errors { get; }

    private static string Describe(string? source, IReadOnlyList<FactsError> errors) =>
        $"Invalid patient facts ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):\n"
        + string.Join('\n', errors.Select(e => "  " + e.Format(source)));
}
