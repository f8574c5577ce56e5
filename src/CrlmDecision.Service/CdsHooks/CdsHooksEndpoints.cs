using System.Text.Json;
using System.Text.Json.Serialization;
using CrlmDecision.Fhir;
using CrlmDecision.Service.Configuration;
using CrlmDecision.Service.Http;
using CrlmDecision.Service.Security;
using Microsoft.Extensions.Options;

namespace CrlmDecision.Service.CdsHooks;

/// <summary>
/// CDS Hooks 2.0: discovery (<c>GET /cds-services</c>) and the <c>patient-view</c> service, which answers from the
/// prefetched FHIR resources only. It never queries a FHIR server: a request without a required prefetch is
/// answered 412 with an OperationOutcome naming what is missing (the client's <c>fhirServer</c> is not used).
/// </summary>
internal static class CdsHooksEndpoints
{
    public const string ServiceId = "crlm-local-therapy";
    public const string Discovery = "/cds-services";
    public const string ServicePath = Discovery + "/" + ServiceId;

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Discovery, () => Results.Json(new DiscoveryResponse([new DiscoveryService(
                "patient-view",
                ServiceId,
                "CRLM local treatment options",
                "Ranks resection, thermal ablation, SBRT, Y90 SIRT, HAIC and TACE for a patient with colorectal cancer liver metastases, each with its strength, reasons, cautions and cited sources (rule set derived from Zhang & Liu 2024).",
                FhirPrefetch.Templates,
                "Prefetch is required: the service never queries a FHIR server. Keys " + string.Join(", ", FhirPrefetch.Required) + " must be present; the others make the answer more complete (an absent resource is an unknown fact, never a default).")]), Json))
            .WithSummary("CDS Hooks discovery").AllowAnonymous();
        app.MapPost(ServicePath, PatientView)
            .WithSummary("CDS Hooks patient-view: cards for the ranked options")
            .Accepts<JsonElement>("application/json", "application/fhir+json")
            .RequireAuthorization(CdsAuthorization.Policy);
    }

    private static async Task<IResult> PatientView(HttpContext http, Evaluations evaluations, IOptions<ServiceOptions> options)
    {
        var (text, refusal) = await RequestText.ReadAsync(http.Request, options.Value.Limits);
        if (refusal is not null)
        {
            return refusal;
        }

        var (request, problem) = CdsServiceRequest.Parse(text!, options.Value.Limits.MaxJsonDepth);
        if (request is null)
        {
            return OperationOutcome.Error("structure", problem!).ToResult(StatusCodes.Status400BadRequest);
        }

        if (request.Hook != "patient-view")
        {
            return OperationOutcome.Error("not-supported", $"hook '{request.Hook}' is not served here; this service answers patient-view", "hook").ToResult(StatusCodes.Status400BadRequest);
        }

        var missing = FhirPrefetch.Required.Where(key => !request.Prefetch.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            return OperationOutcome.Errors(missing.Select(key => new OutcomeIssue("error", "required",
                    $"prefetch '{key}' ({FhirPrefetch.Templates[key]}) is missing; this service does not query a FHIR server, so the client must prefetch it",
                    ["prefetch." + key])))
                .ToResult(StatusCodes.Status412PreconditionFailed);
        }

        return PatientFhir.Evaluate(http.Response, evaluations, options.Value, request.PrefetchBundle(), request.PatientId, ServicePath,
            report => Results.Json(Cards.Of(report), Json));
    }

    internal sealed record DiscoveryResponse([property: JsonPropertyName("services")] IReadOnlyList<DiscoveryService> Services);

    internal sealed record DiscoveryService(
        [property: JsonPropertyName("hook")] string Hook,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("description")] string Description,
        [property: JsonPropertyName("prefetch")] IReadOnlyDictionary<string, string> Prefetch,
        [property: JsonPropertyName("usageRequirements")] string UsageRequirements);
}
