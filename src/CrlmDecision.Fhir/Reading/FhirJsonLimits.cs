namespace CrlmDecision.Fhir;

/// <summary>Limits on the FHIR JSON <see cref="FhirBundleReader"/> reads; anything over a limit is refused, never truncated.</summary>
/// <param name="MaxChars">Characters in the whole document.</param>
/// <param name="MaxDepth">Levels of JSON nesting (a Bundle of mCODE resources needs about 10).</param>
/// <param name="MaxArrayItems">Items in any one array, including <c>Bundle.entry</c>.</param>
/// <param name="MaxStringBytes">UTF-8 bytes in any one string value or property name (narratives included).</param>
public sealed record FhirJsonLimits(int MaxChars, int MaxDepth, int MaxArrayItems, int MaxStringBytes)
{
    /// <summary>8 million characters, depth 64, 10,000 items per array, 256 KiB per string.</summary>
    public static FhirJsonLimits Default { get; } = new(8_000_000, 64, 10_000, 256 * 1024);
}
