using System.Collections.ObjectModel;

namespace CrlmDecision.Fhir;

/// <summary>
/// The CDS Hooks 2.0 prefetch templates (patient-view) that fetch what <see cref="FhirFactsMapper"/> reads, for a
/// service's discovery document. Each template names the patient with <c>{{context.patientId}}</c>.
/// </summary>
/// <remarks>
/// A template the client did not fill means its resources are absent, and every fact they carry is unknown; the
/// <see cref="Required"/> ones are those without which nothing can be said (the service should fetch them itself
/// or refuse). The Observation search lists every code the mapping reads, so other Observations are not fetched.
/// </remarks>
public static class FhirPrefetch
{
    private const string Patient = "{{context.patientId}}";

    /// <summary>Prefetch key to FHIR query, in a fixed order.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new ReadOnlyDictionary<string, string>(new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["patient"] = "Patient/" + Patient,
        ["conditions"] = "Condition?patient=" + Patient,
        ["observations"] = "Observation?patient=" + Patient + "&code=" + string.Join(",", ObservationCodes()),
        ["lesions"] = "BodyStructure?patient=" + Patient,
        ["procedures"] = "Procedure?patient=" + Patient,
        ["medicationStatements"] = "MedicationStatement?patient=" + Patient,
        ["medicationAdministrations"] = "MedicationAdministration?patient=" + Patient,
    });

    /// <summary>The keys without which nothing can be said: the patient, the conditions, the liver lesions and the observations.</summary>
    public static IReadOnlyList<string> Required { get; } = Array.AsReadOnly(["patient", "conditions", "lesions", "observations"]);

    /// <summary>system|code tokens of every Observation code read; the project's code system as a whole (<c>system|</c>).</summary>
    private static IEnumerable<string> ObservationCodes() =>
        new[] { StandardCodes.Ecog, StandardCodes.Cea, StandardCodes.Msi, StandardCodes.VariantAssessment, StandardCodes.TumorSize }
            .Select(code => FhirCodes.Loinc + "|" + code)
            .Append(FhirCodes.CrlmFacts + "|");
}
