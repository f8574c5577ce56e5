namespace CrlmDecision.Fhir.Tests.Prefetch;

public sealed class FhirPrefetchTests
{
    [Fact]
    public void Templates_EveryOne_NamesThePatientByContext() =>
        Assert.All(FhirPrefetch.Templates.Values, t => Assert.Contains("{{context.patientId}}", t, StringComparison.Ordinal));

    [Fact]
    public void Templates_Patient_IsAReadOfThePatient() => Assert.Equal("Patient/{{context.patientId}}", FhirPrefetch.Templates["patient"]);

    [Fact]
    public void Required_EveryKey_IsATemplate_AndPatientAndLesionsAreRequired()
    {
        Assert.All(FhirPrefetch.Required, k => Assert.True(FhirPrefetch.Templates.ContainsKey(k)));
        Assert.Contains("patient", FhirPrefetch.Required);
        Assert.Contains("lesions", FhirPrefetch.Required);
        Assert.Contains("conditions", FhirPrefetch.Required);
    }

    [Fact]
    public void Templates_Observations_AskForEveryCodeTheMappingReads()
    {
        var query = FhirPrefetch.Templates["observations"];

        foreach (var code in new[] { "89247-1", "21889-1", "2039-6", "69548-6", "81695-9" })
        {
            Assert.Contains("http://loinc.org|" + code, query, StringComparison.Ordinal);
        }

        Assert.Contains(FhirCodes.CrlmFacts + "|", query, StringComparison.Ordinal);
    }
}
