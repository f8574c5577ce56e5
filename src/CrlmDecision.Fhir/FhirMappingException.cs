namespace CrlmDecision.Fhir;

/// <summary>
/// The FHIR input was refused: not JSON, not a Bundle, over a limit, or resources that are present but malformed.
/// <see cref="Errors"/> lists every problem found, each naming the resource and the element.
/// </summary>
public sealed class FhirMappingException : Exception
{
    /// <summary>Creates the exception from every problem found.</summary>
    public FhirMappingException(IReadOnlyList<FhirMappingError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with one problem about the whole document.</summary>
    public FhirMappingException(string message)
        : this([new FhirMappingError("Bundle", "", message)])
    {
    }

    /// <summary>Creates the exception with no detail (for serialisers); prefer the other constructors.</summary>
    public FhirMappingException()
        : this("the FHIR input was refused")
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    public FhirMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new FhirMappingError("Bundle", "", message)];
    }

    /// <summary>Every problem found, ordered by resource, then element, then message.</summary>
    public IReadOnlyList<FhirMappingError> Errors { get; }

    /// <summary>The message lists at most this many problems (all are in <see cref="Errors"/>).</summary>
    private const int Listed = 50;

    private static string Describe(IReadOnlyList<FhirMappingError> errors) =>
        $"FHIR input refused ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):\n"
        + string.Join('\n', errors.Take(Listed).Select(e => "  " + e))
        + (errors.Count > Listed ? $"\n  ... and {errors.Count - Listed} more (see Errors)" : "");
}
