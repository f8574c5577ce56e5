using CrlmDecision.Fhir;
using CrlmDecision.Service.Configuration;
using CrlmDecision.Service.Http;
using CrlmDecision.Service.Security;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.Options;

namespace CrlmDecision.Service.Guidance;

/// <summary>
/// <c>POST /fhir/GuidanceResponse/$evaluate</c>: a FHIR R4 Bundle of the patient's mCODE resources in, a FHIR
/// GuidanceResponse out (<c>success</c>, or <c>data-requested</c> with a dataRequirement per missing fact; the
/// ranked options as a contained RequestGroup; citations as RelatedArtifacts). docs/fhir-mapping.md.
/// </summary>
internal static class GuidanceEndpoint
{
    public const string Path = "/fhir/GuidanceResponse/$evaluate";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Path, Handle)
            .WithName("evaluate")
            .WithSummary("A FHIR GuidanceResponse for a Bundle of the patient's resources")
            .WithDescription("Body: a FHIR R4 Bundle (application/fhir+json) of mCODE resources, mapped as docs/fhir-mapping.md says; an absent resource is an unknown fact. Answer: a GuidanceResponse. A Bundle that cannot be read or mapped is answered 400 with an OperationOutcome naming the resource and element.")
            .Accepts<object>("application/fhir+json", "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/fhir+json")
            .Produces<OperationOutcome>(StatusCodes.Status400BadRequest, "application/fhir+json")
            .RequireAuthorization(CdsAuthorization.Policy);

    private static async Task<IResult> Handle(HttpContext http, Evaluations evaluations, IOptions<ServiceOptions> options)
    {
        var (text, refusal) = await RequestText.ReadAsync(http.Request, options.Value.Limits);
        return refusal ?? PatientFhir.Evaluate(http.Response, evaluations, options.Value, text!, null, Path,
            report => Results.Text(GuidanceResponseBuilder.Build(report).ToJson(), OperationOutcome.ContentType));
    }
}
