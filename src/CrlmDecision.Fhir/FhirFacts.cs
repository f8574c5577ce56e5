using CrlmDecision.Facts;

namespace CrlmDecision.Fhir;

/// <summary>Facts mapped from FHIR, with where each known fact came from.</summary>
/// <param name="Facts">The patient facts; every fact no resource gave is unknown. Not yet validated: the engine validates them.</param>
/// <param name="Origins">
/// Fact path (as in <see cref="FactsError.Path"/>, e.g. <c>liver.lesions[0].diameterMm</c>) to the resource and element
/// it came from (e.g. <c>Observation/size-1.component[0].valueQuantity</c>), so a later error can name the resource.
/// Only facts that were given have an entry; ordered by path.
/// </param>
public sealed record FhirFacts(PatientFacts Facts, IReadOnlyDictionary<string, string> Origins)
{
    /// <summary>
    /// A validation error of these facts (from <see cref="InvalidFactsException.Errors"/>) named by the resource and
    /// element the fact came from (an error about a whole lesion: its BodyStructure); by the fact path alone when no
    /// resource gave it (e.g. a lesion list that is empty).
    /// </summary>
    public FhirMappingError ErrorFor(FactsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Path.Length == 0 ? error.Message : $"{error.Message} (fact {error.Path})";
        // An error about a whole lesion (liver.lesions[1]) names the lesion's BodyStructure.
        return OriginParts.TryGetValue(error.Path, out var origin) || OriginParts.TryGetValue(error.Path + ".id", out origin)
            ? new FhirMappingError(origin.Resource, origin.Element, message)
            : new FhirMappingError("Bundle", "", message);
    }

    /// <summary>The origins split into resource label and element (a FHIR id may contain dots).</summary>
    internal IReadOnlyDictionary<string, (string Resource, string Element)> OriginParts { get; init; } =
        new Dictionary<string, (string Resource, string Element)>(StringComparer.Ordinal);
}
