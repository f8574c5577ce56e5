using CrlmDecision.Facts;
using CrlmDecision.Fhir;
using CrlmDecision.Reports;
using CrlmDecision.Service.Configuration;
using CrlmDecision.Service.Rollout;
using CrlmDecision.Service.Telemetry;
using Microsoft.Extensions.Options;

namespace CrlmDecision.Service.Http;

/// <summary>
/// The one path of the FHIR endpoints: a Bundle's JSON to facts (the centre's facts from configuration), facts to
/// a report, the report to an answer; a Bundle that cannot be read or mapped, or facts out of range, is a 400
/// OperationOutcome naming the resource and element.
/// </summary>
internal static class PatientFhir
{
    public static IResult Evaluate(HttpContext http, string bundleJson, string? patientId, string endpoint, Func<RecommendationReport, IResult> answer)
    {
        var services = http.RequestServices;
        var engine = services.GetRequiredService<ICrlmDecisionEngine>();
        var options = services.GetRequiredService<IOptions<ServiceOptions>>().Value;
        FhirFacts mapped;
        try
        {
            var bundle = FhirBundleReader.Parse(bundleJson);
            mapped = patientId is null ? FhirFactsMapper.Map(bundle) : FhirFactsMapper.Map(bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Resource>(), patientId);
        }
        catch (FhirMappingException e)
        {
            return OperationOutcome.Errors(e.Errors.Select(error => new OutcomeIssue("error", "invalid", $"{error.Resource}.{error.Element}: {error.Message}", [$"{error.Resource}.{error.Element}"])))
                .ToResult(StatusCodes.Status400BadRequest);
        }

        try
        {
            RecommendationReport report;
            var facts = mapped.Facts with { Centre = options.Centre?.ToFacts() };
            using (services.GetRequiredService<ServiceTelemetry>().Evaluate(endpoint))
            {
                report = engine.Recommend(facts);
            }

            services.GetRequiredService<ShadowComparison>().AfterResponse(http.Response, facts, report);

            return answer(report);
        }
        catch (InvalidFactsException e)
        {
            return FactsOutcome.Of(e, path => mapped.Origins.GetValueOrDefault(path)).ToResult(StatusCodes.Status400BadRequest);
        }
    }
}
