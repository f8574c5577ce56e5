using System.Text.Json.Serialization;

namespace CrlmDecision.Cli.Batch;

/// <summary>The output line for an input that could not be evaluated: where it is and every problem.</summary>
internal sealed record BatchError(
    [property: JsonPropertyName("line"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Line,
    [property: JsonPropertyName("file"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File,
    [property: JsonPropertyName("errors")] IReadOnlyList<BatchErrorEntry> Errors);

/// <summary>One problem of an invalid input: field path, line within a file (directory input), column, message.</summary>
internal sealed record BatchErrorEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("line"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonPropertyName("column"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Column,
    [property: JsonPropertyName("message")] string Message);
