using CrlmDecision.Fhir.Tests.Support;
using CrlmDecision.Reports;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CrlmDecision.Fhir.Tests.Guidance;

/// <summary>The GuidanceResponse: data-requested with one dataRequirement per missing fact, else success; actions in rank order; valid FHIR JSON.</summary>
public sealed class GuidanceResponseBuilderTests
{
    private static readonly CrlmDecisionEngine Engine = CrlmDecisionEngine.CreateDefault();

    private static RecommendationReport ReportFor(string bundle) => Engine.Recommend(FhirFactsMapper.Map(Examples.Bundle(bundle)).Facts);

    [Fact]
    public void Build_ReportWithMissingFacts_DataRequestedWithOneRequirementPerFact()
    {
        var report = ReportFor("minimal-patient");
        Assert.NotEmpty(report.MissingFacts);

        var response = GuidanceResponseBuilder.Build(report, "request-1");

        Assert.Equal(GuidanceResponse.GuidanceResponseStatus.DataRequested, response.Status);
        Assert.Equal(report.MissingFacts.Select(m => m.Fact), response.DataRequirement.Select(d => d.GetStringExtension(FhirCodes.FactPathExtension)));
        Assert.Equal("request-1", response.RequestIdentifier!.Value);
        var ecog = response.DataRequirement.Single(d => d.GetStringExtension(FhirCodes.FactPathExtension) == "ecog");
        Assert.Equal(FHIRAllTypes.Observation, ecog.Type);
        Assert.Equal("89247-1", ecog.CodeFilter.Single().Code.Single().Code);
        var centre = response.DataRequirement.Single(d => d.GetStringExtension(FhirCodes.FactPathExtension) == "centre.available");
        Assert.Equal(FHIRAllTypes.Any, centre.Type);
    }

    [Fact]
    public void Build_ReportWithoutMissingFacts_Success()
    {
        // The centre's capability is not patient data: the host adds it to the mapped facts, as a service would from its configuration.
        var mapped = FhirFactsMapper.Map(Examples.Bundle("resectable-solitary")).Facts;
        var report = Engine.Recommend(mapped with { Centre = Examples.DocsFacts("resectable-solitary").Centre });
        Assert.Empty(report.MissingFacts);

        var response = GuidanceResponseBuilder.Build(report);

        Assert.Equal(GuidanceResponse.GuidanceResponseStatus.Success, response.Status);
        Assert.Empty(response.DataRequirement);
        Assert.Null(response.RequestIdentifier);
    }

    [Theory]
    [MemberData(nameof(Examples.DocsExamples), MemberType = typeof(Examples))]
    public void Build_DocsExample_ActionsInRankOrderWithStrengthAndCitations(string name)
    {
        var report = ReportFor(name);

        var response = GuidanceResponseBuilder.Build(report);

        var group = Assert.IsType<RequestGroup>(Assert.Single(response.Contained));
        Assert.Equal("#" + group.Id, response.Result!.Reference);
        Assert.Equal(report.Options.Select(o => o.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)), group.Action.Select(a => a.Prefix));
        Assert.Equal(report.Options.Select(o => o.Title), group.Action.Select(a => a.Title));
        Assert.Equal([.. Enumerable.Range(1, report.Options.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], group.Action.Select(a => a.Prefix));
        Assert.StartsWith(report.Options[0].Strength == Strength.Recommended ? "Recommended." : "", group.Action[0].Description, StringComparison.Ordinal);
        var urls = group.Action.SelectMany(a => a.Documentation).Select(d => d.Url).OfType<string>().ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("https://doi.org/", u, StringComparison.Ordinal));
        Assert.Equal($"https://crlm-decision.example/fhir/PlanDefinition/{report.RuleSet.Id}|{report.RuleSet.Version}", ((Canonical)response.Module).Value);
        Assert.Equal(report.RuleSet.Sha256, response.GetStringExtension(FhirCodes.RuleSetSha256Extension));
        Assert.Equal("Patient/" + report.PatientId, response.Subject!.Reference);
    }

    [Theory]
    [InlineData("minimal-patient")]
    [InlineData("unresectable-after-first-line-failure")]
    public void Build_Serialized_RoundTripsThroughFirelyParser(string name)
    {
        var response = GuidanceResponseBuilder.Build(ReportFor(name), "req-7");
        var json = response.ToJson(pretty: true);

        var parsed = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<GuidanceResponse>(json);

        Assert.True(parsed.IsExactly(response));
        Assert.Equal(json, parsed.ToJson(pretty: true));
        Assert.Contains("\"moduleCanonical\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"data-requested\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameReportTwice_SameJson() =>
        Assert.Equal(GuidanceResponseBuilder.Build(ReportFor("flr22-r0-not-feasible")).ToJson(), GuidanceResponseBuilder.Build(ReportFor("flr22-r0-not-feasible")).ToJson());
}
