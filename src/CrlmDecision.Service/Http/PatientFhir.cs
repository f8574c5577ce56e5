using CrlmDecision.Facts;
using CrlmDecision.Fhir;
using CrlmDecision.Reports;
using CrlmDecision.Service.Configuration;

namespace CrlmDecision.Service.Http;

/// <summary>
/// The one path of the FHIR endpoints: a Bundle's JSON to facts (the centre's facts from configuration), facts to
/// a report, the report to an answer; a Bundle that cannot be read or mapped, or facts out of range, is a 400
/// OperationOutcome naming the resource and element.
/// </summary>
internal static class PatientFhir
{
    public static IResult Evaluate(HttpResponse response, Evaluations evaluations, ServiceOptions options, string bundleJson, string? patientId, string endpoint, Func<RecommendationReport, IResult> answer)
    {
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
            var facts = mapped.Facts with { Centre = options.Centre?.ToFacts() };
            return answer(evaluations.Recommend(endpoint, facts, response));
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
