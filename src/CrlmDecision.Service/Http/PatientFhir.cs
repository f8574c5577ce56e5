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
            return Refused(e.Errors);
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
            // Facts out of range are named by the resource and element they were read from.
            return Refused(e.Errors.Select(mapped.ErrorFor));
        }
    }

    private static IResult Refused(IEnumerable<FhirMappingError> errors) =>
        OperationOutcome.Errors(errors.Select(error =>
            {
                var where = error.Element.Length == 0 ? error.Resource : $"{error.Resource}.{error.Element}";
                return new OutcomeIssue("error", "invalid", $"{where}: {error.Message}", [where]);
            }))
            .ToResult(StatusCodes.Status400BadRequest);
}
