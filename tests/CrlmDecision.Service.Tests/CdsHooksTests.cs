using System.Net;
using System.Text.Json;
using CrlmDecision.Facts;
using CrlmDecision.Fhir;
using CrlmDecision.Reports;
using static CrlmDecision.Service.Tests.RecommendationsEndpointTests;

namespace CrlmDecision.Service.Tests;

/// <summary>CDS Hooks 2.0 discovery and patient-view, from prefetched FHIR resources to cards.</summary>
public sealed class CdsHooksTests(AnonymousService service) : IClassFixture<AnonymousService>
{
    [Fact]
    public async Task Discovery_ListsPatientViewWithThePrefetchTemplates()
    {
        using var discovery = JsonDocument.Parse(await service.Client.GetStringAsync("/cds-services"));

        var cds = Assert.Single(discovery.RootElement.GetProperty("services").EnumerateArray());
        Assert.Equal("patient-view", cds.GetProperty("hook").GetString());
        Assert.Equal("crlm-local-therapy", cds.GetProperty("id").GetString());
        var prefetch = cds.GetProperty("prefetch").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(FhirPrefetch.Templates.OrderBy(p => p.Key), prefetch.OrderBy(p => p.Key)!);
    }

    /// <summary>The done-when of issue 16: for every docs example, the cards' top option is `crlm recommend`'s.</summary>
    [Theory]
    [MemberData(nameof(FactsJson.Examples), MemberType = typeof(FactsJson))]
    public async Task PatientView_DocsExampleBundle_TopCardIsTheLibrarysTopOption(string example)
    {
        var facts = FactsJson.Example(example);
        using var centreService = CentreService(facts.Centre);
        using var client = centreService.Client();
        var expected = AnonymousService.Library.Recommend(facts);

        using var response = await client.PostAsync(PrefetchRequests.ServicePath, Json(PrefetchRequests.Request(PrefetchRequests.ExampleBundle(example))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = PrefetchRequests.Cards(await response.Content.ReadAsStringAsync());
        var advised = expected.Options.Where(o => o.Strength is Strength.Recommended or Strength.Consider).ToList();
        if (advised.Count == 0)
        {
            Assert.Equal(expected.Summary.Length < 140 ? expected.Summary : expected.Summary[..138] + "…", Assert.Single(cards).GetProperty("summary").GetString());
            return;
        }

        Assert.Equal(advised.Select(o => ContractWords.Of(o.Option)), cards.Select(c => c.GetProperty("source").GetProperty("topic").GetProperty("code").GetString()));
        Assert.All(cards, card => Assert.True(card.GetProperty("summary").GetString()!.Length < 140));
        Assert.All(cards, card => Assert.Contains(card.GetProperty("indicator").GetString(), new[] { "info", "warning" }));
        Assert.Contains(expected.RuleSet.Version, cards[0].GetProperty("source").GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Contains(ReportText.Headline(advised[0], Localisation.ReportLanguage.English), cards[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        var details = string.Join("\n", cards.Select(c => c.GetProperty("detail").GetString()));
        Assert.All(expected.Notes, note => Assert.Contains($"[{note.RuleId};", details, StringComparison.Ordinal));
        Assert.All(expected.MissingFacts, missing => Assert.Contains($"`{missing.Fact}`", details, StringComparison.Ordinal));
        Assert.All(expected.FactWarnings, warning => Assert.Contains($"`{warning.Path}`", details, StringComparison.Ordinal));
        Assert.All(expected.Trials, trial => Assert.Contains(trial.TrialId, details, StringComparison.Ordinal));
        Assert.All(cards[0].GetProperty("links").EnumerateArray(), link => Assert.StartsWith("https://doi.org/10.", link.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    /// <summary>README's curl sends docs/examples/cds-hooks/patient-view.json: it is the resectable-solitary Bundle as prefetch, and gets its cards.</summary>
    [Fact]
    public async Task PatientView_ReadmeRequest_IsTheExampleBundleAndGetsCards()
    {
        var readmeRequest = File.ReadAllText(Path.Combine(FactsJson.RepoRoot, "docs", "examples", "cds-hooks", "patient-view.json"));
        var fromBundle = PrefetchRequests.Request(PrefetchRequests.ExampleBundle("resectable-solitary"));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(fromBundle), System.Text.Json.Nodes.JsonNode.Parse(readmeRequest)),
            "docs/examples/cds-hooks/patient-view.json differs from tests/CrlmDecision.Fhir.Tests/Bundles/resectable-solitary.json as prefetch");
        Assert.Contains("cds-hooks/patient-view.json", File.ReadAllText(Path.Combine(FactsJson.RepoRoot, "README.md")), StringComparison.Ordinal);

        using var response = await service.Client.PostAsync(PrefetchRequests.ServicePath, Json(readmeRequest));

        var cards = PrefetchRequests.Cards(await response.Content.ReadAsStringAsync());
        var expected = AnonymousService.Library.Recommend(FactsJson.Example("resectable-solitary") with { Centre = null });
        Assert.Equal(ContractWords.Of(expected.Options[0].Option), cards[0].GetProperty("source").GetProperty("topic").GetProperty("code").GetString());
    }

    [Fact]
    public async Task PatientView_FactsMissing_OneCardSayingNotAssessableAndWhichFacts()
    {
        var facts = new PatientFacts { PatientId = "sparse-1", Liver = new LiverFacts { Lesions = [new LesionFacts { Id = "L1", DiameterMm = 25, Segment = 6 }] } };
        var expected = AnonymousService.Library.Recommend(facts);
        Assert.DoesNotContain(expected.Options, o => o.Strength is Strength.Recommended or Strength.Consider);

        using var response = await service.Client.PostAsync(PrefetchRequests.ServicePath, Json(PrefetchRequests.Request(facts)));

        var card = Assert.Single(PrefetchRequests.Cards(await response.Content.ReadAsStringAsync()));
        Assert.StartsWith("Not assessable", card.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("warning", card.GetProperty("indicator").GetString());
        Assert.All(expected.MissingFacts, missing => Assert.Contains($"`{missing.Fact}`", card.GetProperty("detail").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task PatientView_RequiredPrefetchMissing_412NamingIt()
    {
        var request = PrefetchRequests.Request(PrefetchRequests.ExampleBundle("resectable-solitary"), leaveOut: ["observations"]);

        var outcome = await Refused(await service.Client.PostAsync(PrefetchRequests.ServicePath, Json(request)), HttpStatusCode.PreconditionFailed);

        var issue = Assert.Single(outcome);
        Assert.Equal("prefetch.observations", issue.Expression);
        Assert.Contains("does not query a FHIR server", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientView_RemnantOutOfRange_400NamingTheObservation()
    {
        var bundle = PrefetchRequests.ExampleBundle("resectable-solitary");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(bundle, "\"value\": 65,"));

        var outcome = await Refused(await service.Client.PostAsync(PrefetchRequests.ServicePath, Json(PrefetchRequests.Request(bundle.Replace("\"value\": 65,", "\"value\": 165,", StringComparison.Ordinal)))), HttpStatusCode.BadRequest);

        var issue = Assert.Single(outcome);
        Assert.StartsWith("Observation/future-liver-remnant.value", issue.Expression, StringComparison.Ordinal);
        Assert.Contains("100", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientView_OtherHook_400()
    {
        var request = PrefetchRequests.Request(PrefetchRequests.ExampleBundle("resectable-solitary"), hook: "order-select");

        await Refused(await service.Client.PostAsync(PrefetchRequests.ServicePath, Json(request)), HttpStatusCode.BadRequest);
    }

    public static TheoryData<string> Hostile => new()
    {
        "{\"hook\": \"patient-view\", ",
        "{\"hook\": \"patient-view\", \"hookInstance\": \"x\"}",
        "[]",
        "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"p\"},\"prefetch\":" + new string('[', 5_000) + new string(']', 5_000) + "}",
        "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"p\"},\"prefetch\":{\"patient\":{\"resourceType\":\"Patient\",\"id\":\"p\"},\"conditions\":{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[{\"resource\":{\"resourceType\":\"Condition\",\"code\":42}}]},\"lesions\":{\"resourceType\":\"Bundle\",\"type\":\"searchset\"},\"observations\":{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}}}",
        "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"p\"},\"prefetch\":{\"patient\":{\"resourceType\":\"Spaceship\",\"id\":\"p\"},\"conditions\":{},\"lesions\":{},\"observations\":{}}}",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task PatientView_HostileRequest_400AndTheServiceKeepsServing(string body)
    {
        await Refused(await service.Client.PostAsync(PrefetchRequests.ServicePath, Json(body)), HttpStatusCode.BadRequest);
        using var next = await service.Client.PostAsync(PrefetchRequests.ServicePath, Json(PrefetchRequests.Request(PrefetchRequests.ExampleBundle("resectable-solitary"))));

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task PatientView_PrefetchOfAnotherPatient_400()
    {
        var request = PrefetchRequests.Request(PrefetchRequests.ExampleBundle("resectable-solitary"), patientId: "someone-else");

        await Refused(await service.Client.PostAsync(PrefetchRequests.ServicePath, Json(request)), HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(FactsJson.Examples), MemberType = typeof(FactsJson))]
    public async Task GuidanceResponse_DocsExampleBundle_StatusAndActionsFollowTheReport(string example)
    {
        var facts = FactsJson.Example(example);
        var expected = AnonymousService.Library.Recommend(facts with { Centre = null });
        using var content = new StringContent(PrefetchRequests.ExampleBundle(example), System.Text.Encoding.UTF8, "application/fhir+json");

        using var response = await service.Client.PostAsync("/fhir/GuidanceResponse/$evaluate", content);
        using var guidance = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = guidance.RootElement;
        Assert.Equal("GuidanceResponse", root.GetProperty("resourceType").GetString());
        Assert.Equal(expected.MissingFacts.Count == 0 ? "success" : "data-requested", root.GetProperty("status").GetString());
        var actions = root.GetProperty("contained")[0].GetProperty("action").EnumerateArray().ToList();
        Assert.Equal(expected.Options.Count, actions.Count);
        Assert.Contains(expected.Options[0].Title, actions[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"resourceType\": \"Patient\", \"id\": \"p\"}")]
    [InlineData("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": {\"resourceType\": \"Observation\", \"status\": 42}}]}")]
    [InlineData("not json")]
    public async Task GuidanceResponse_NotABundleOrMalformed_400(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/fhir+json");

        await Refused(await service.Client.PostAsync("/fhir/GuidanceResponse/$evaluate", content), HttpStatusCode.BadRequest);
    }

    private static ServiceFactory CentreService(CentreFacts? centre)
    {
        List<(string, string?)> settings = [("Service:Auth:AllowAnonymous", "true")];
        if (centre is not null)
        {
            settings.Add(("Service:Centre:LaparoscopicLiverExpertise", ContractWords.Of(centre.LaparoscopicLiverExpertise)));
            settings.AddRange((centre.Available ?? []).Select((option, i) => ($"Service:Centre:Available:{i}", (string?)ContractWords.Of(option))));
        }

        return new ServiceFactory(ServiceFactory.Settings(settings));
    }
}
