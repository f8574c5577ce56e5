using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.Reports;
using CrlmDecision.Service.Configuration;
using CrlmDecision.Service.Http;
using CrlmDecision.Service.Security;
using Microsoft.Extensions.Options;

namespace CrlmDecision.Service.Recommendations;

/// <summary>
/// <c>POST /recommendations</c>: the facts contract (JSON) in, the report contract out, byte for byte what the
/// library's <see cref="ReportJson"/> writes for the same facts; for tools that do not speak FHIR.
/// </summary>
internal static class RecommendationsEndpoint
{
    public const string Path = "/recommendations";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Path, Handle)
            .WithName("recommend")
            .WithSummary("Rank the local treatment options for one patient's facts")
            .WithDescription("Body: the patient facts contract (docs/facts-reference.md) as JSON. Answer: the report contract, schemaVersion 3 (docs/report-schema-v3.md). `?lang=zh-CN` adds the Chinese texts beside the English ones. Invalid facts are answered 400 with an OperationOutcome naming each field path and what is allowed.")
            .Accepts<PatientFacts>("application/json", "application/fhir+json")
            .Produces<RecommendationReport>(StatusCodes.Status200OK, "application/json")
            .Produces<OperationOutcome>(StatusCodes.Status400BadRequest, "application/fhir+json")
            .Produces<OperationOutcome>(StatusCodes.Status401Unauthorized, "application/fhir+json")
            .Produces<OperationOutcome>(StatusCodes.Status413PayloadTooLarge, "application/fhir+json")
            .Produces<OperationOutcome>(StatusCodes.Status415UnsupportedMediaType, "application/fhir+json")
            .RequireAuthorization(CdsAuthorization.Policy);

    private static async Task<IResult> Handle(HttpContext http, Evaluations evaluations, IOptions<ServiceOptions> options)
    {
        if (!TryLanguage(http.Request.Query["lang"], out var language, out var refusal))
        {
            return refusal;
        }

        var (text, tooBad) = await RequestText.ReadAsync(http.Request, options.Value.Limits);
        if (tooBad is not null)
        {
            return tooBad;
        }

        try
        {
            var report = evaluations.Recommend(Path, FactsReader.ReadDocument(text!, "request body"), http.Response);
            var json = language is { } lang ? ReportJson.Serialize(report, lang) : ReportJson.Serialize(report);
            return Results.Text(json, "application/json; charset=utf-8");
        }
        catch (InvalidFactsException e)
        {
            return FactsOutcome.Of(e).ToResult(StatusCodes.Status400BadRequest);
        }
    }

    private static bool TryLanguage(string? tag, out ReportLanguage? language, out IResult refusal)
    {
        language = null;
        refusal = Results.Empty;
        if (string.IsNullOrEmpty(tag))
        {
            return true;
        }

        if (ReportLanguages.TryParse(tag, out var parsed))
        {
            language = parsed;
            return true;
        }

        refusal = OperationOutcome.Error("value", $"lang '{tag}' is not a report language; use one of {string.Join(", ", ReportLanguages.Tags)}", "lang")
            .ToResult(StatusCodes.Status400BadRequest);
        return false;
    }
}
