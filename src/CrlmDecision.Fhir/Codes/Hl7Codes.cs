using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

/// <summary>HL7 terminology code systems read by the mapping, and a helper to test a CodeableConcept.</summary>
internal static class Hl7Codes
{
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /// <summary>A CodeableConcept of one coding with its display (the SDK's three-argument constructor puts the display in text).</summary>
    public static CodeableConcept Concept(string system, string code, string? display = null) =>
        new() { Coding = [new Coding(system, code, display)] };

    /// <summary>Whether <paramref name="concept"/> has a coding of <paramref name="system"/> with one of <paramref name="codes"/>.</summary>
    public static bool HasCode(this CodeableConcept? concept, string system, params string[] codes) =>
        concept?.Coding.Any(c => c.System == system && codes.Contains(c.Code, StringComparer.Ordinal)) == true;

    /// <summary>The codes of <paramref name="system"/> in <paramref name="concept"/>.</summary>
    public static IEnumerable<string> CodesOf(this CodeableConcept? concept, string system) =>
        concept?.Coding.Where(c => c.System == system).Select(c => c.Code).OfType<string>() ?? [];
}
