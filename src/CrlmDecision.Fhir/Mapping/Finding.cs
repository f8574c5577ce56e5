using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

/// <summary>One value read for a fact, with the resource and element it came from and when it was observed.</summary>
internal sealed record Finding(object Value, Entry Entry, string Element, DateTimeOffset? When)
{
    public string Origin => Entry.Label + "." + Element;

    public static DateTimeOffset? WhenOf(DataType? effective) => effective switch
    {
        FhirDateTime dateTime when dateTime.TryToDateTimeOffset(TimeSpan.Zero, out var when) => when,
        Period { EndElement: { } end } when end.TryToDateTimeOffset(TimeSpan.Zero, out var when) => when,
        Period { EndElement: null, StartElement: { } start } when start.TryToDateTimeOffset(TimeSpan.Zero, out var when) => when,
        Instant { Value: { } when } => when,
        _ => null,
    };
}
