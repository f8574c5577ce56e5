using System.Text.Json.Serialization;

namespace CrlmDecision.Service.CdsHooks;

/// <summary>The answer of a CDS service call (CDS Hooks 2.0): cards, best first.</summary>
internal sealed record CdsResponse([property: JsonPropertyName("cards")] IReadOnlyList<Card> Cards);

/// <summary>One CDS Hooks card.</summary>
/// <param name="Summary">Under 140 characters, as the specification asks.</param>
/// <param name="Detail">GitHub-flavoured Markdown.</param>
/// <param name="Indicator"><c>info</c>, or <c>warning</c> when the option carries cautions or nothing could be assessed.</param>
/// <param name="Source">The rule set, and the option as the card's topic.</param>
/// <param name="Links">The DOI links of the sources the card cites; null when none has a DOI.</param>
internal sealed record Card(
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("source")] CardSource Source,
    [property: JsonPropertyName("links"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CardLink>? Links);

/// <summary>Where a card comes from: the rule set, and the option as its topic.</summary>
internal sealed record CardSource(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("topic"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CardCoding? Topic);

/// <summary>A FHIR Coding as CDS Hooks writes it.</summary>
internal sealed record CardCoding(
    [property: JsonPropertyName("system")] string System,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("display")] string Display);

/// <summary>A link to a cited source (its DOI).</summary>
internal sealed record CardLink(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("type")] string Type);
