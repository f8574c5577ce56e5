using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrlmDecision.Service.Http;

/// <summary>
/// A FHIR R4 OperationOutcome: the body of every refused request, so a client always gets the problem in words
/// (each issue's diagnostics) and where (its FHIRPath or fact path in <c>expression</c>), never a stack trace.
/// </summary>
internal sealed record OperationOutcome(
    [property: JsonPropertyName("resourceType")] string ResourceType,
    [property: JsonPropertyName("issue")] IReadOnlyList<OutcomeIssue> Issue)
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>An outcome of error issues.</summary>
    public static OperationOutcome Errors(IEnumerable<OutcomeIssue> issues) => new("OperationOutcome", issues.ToList());

    /// <summary>An outcome of one error issue.</summary>
    public static OperationOutcome Error(string code, string diagnostics, string? expression = null) =>
        Errors([new OutcomeIssue("error", code, diagnostics, expression is null ? null : [expression])]);

    /// <summary>The outcome as an HTTP result with <paramref name="status"/>.</summary>
    public IResult ToResult(int status) => Results.Text(JsonSerializer.Serialize(this, Json), ContentType, statusCode: status);

    /// <summary>Writes the outcome to a response directly (for middleware and authentication events).</summary>
    public Task WriteAsync(HttpResponse response, int status)
    {
        response.StatusCode = status;
        response.ContentType = ContentType;
        return response.WriteAsync(JsonSerializer.Serialize(this, Json));
    }
}

/// <summary>One issue of an <see cref="OperationOutcome"/>; <paramref name="Code"/> is a FHIR issue-type code.</summary>
internal sealed record OutcomeIssue(
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("diagnostics")] string Diagnostics,
    [property: JsonPropertyName("expression")] IReadOnlyList<string>? Expression);
