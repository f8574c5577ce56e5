namespace CrlmDecision.Fhir.Tests.PublicApi;

/// <summary>
/// The public API of CrlmDecision.Fhir is approved in CrlmDecision.Fhir.approved.txt, so every change to it is a
/// deliberate, reviewed diff. To approve a change: run the tests, review the diff, then
/// <c>cp tests/CrlmDecision.Fhir.Tests/PublicApi/CrlmDecision.Fhir.received.txt tests/CrlmDecision.Fhir.Tests/PublicApi/CrlmDecision.Fhir.approved.txt</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_FhirPackage_MatchesApprovedBaseline() => CrlmDecision.Testing.ApiBaseline.Check(typeof(FhirFactsMapper).Assembly, "CrlmDecision.Fhir.Tests");
}
