namespace CrlmDecision.Fhir;

/// <summary>One problem found while reading or mapping FHIR: which resource, which element, and what is allowed.</summary>
/// <param name="Resource">The resource as <c>Type/id</c> (e.g. <c>Observation/ecog-1</c>), <c>Type at entry[n]</c> when it has no id, or <c>Bundle</c> for the whole document.</param>
/// <param name="Element">The element inside the resource, in FHIR path form (e.g. <c>valueInteger</c>, <c>component[0].valueQuantity.unit</c>); empty for the whole resource.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record FhirMappingError(string Resource, string Element, string Message)
{
    /// <summary>The error as one line: <c>Observation/ecog-1.valueInteger: message</c>.</summary>
    public override string ToString() => Element.Length == 0 ? $"{Resource}: {Message}" : $"{Resource}.{Element}: {Message}";
}
