using System.Text.Json.Serialization;

namespace CrlmDecision.Facts;

/// <summary>
/// A fact that is possible but implausible, most likely a slip (e.g. a diameter of 3 where 3 cm was meant): the
/// report is produced and lists it under <c>factWarnings</c>, for the MDT to check before reading the advice.
/// </summary>
/// <param name="Path">Field path in the contract's names, e.g. <c>liver.lesions[0].diameterMm</c>.</param>
/// <param name="Line">1-based line in the source document; null for facts built in code.</param>
/// <param name="Message">What looks wrong and what to write instead if it is a slip.</param>
public sealed record FactWarning(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("line"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary>The warning as one line: <c>path (line N): message</c>.</summary>
    public string Format() =>
        Line is { } line ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path} (line {line}): {Message}") : $"{Path}: {Message}";
}
