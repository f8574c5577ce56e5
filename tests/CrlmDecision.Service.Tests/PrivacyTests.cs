using CrlmDecision.Facts;
using Microsoft.Extensions.DependencyInjection;
using Hl7.Fhir.Serialization;
using OpenTelemetry.Trace;
using static CrlmDecision.Service.Tests.RecommendationsEndpointTests;

namespace CrlmDecision.Service.Tests;

/// <summary>No patient identifier or fact is ever written to a log or a trace.</summary>
public sealed class PrivacyTests
{
    private const string PatientId = "PHI-SENTINEL-4711";
    private const double Cea = 987.65;

    [Fact]
    public async Task Requests_GoodAndBad_LeaveNoPatientDataInTheLogs()
    {
        using var service = ServiceFactory.Anonymous();
        using var client = service.Client();

        await Exercise(client);

        Assert.NotEmpty(service.Logs);
        Assert.DoesNotContain(service.Logs, line => line.Contains(PatientId, StringComparison.Ordinal) || line.Contains("987.65", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Telemetry_On_TracesEvaluationsWithTheRuleSetAndNoPatientData()
    {
        var spans = new List<System.Diagnostics.Activity>();
        using var service = new ServiceFactory(
            ServiceFactory.Settings([("Service:Auth:AllowAnonymous", "true"), ("Service:Telemetry:Enabled", "true")]),
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        using var client = service.Client();

        await Exercise(client);
        service.Services.GetRequiredService<TracerProvider>().ForceFlush();

        // The activity source is process-wide: spans of other tests running beside this one may be caught too.
        Assert.Contains(spans, span => span.OperationName == "crlm.evaluate"
            && Equals(span.GetTagItem("crlm.ruleset.version"), AnonymousService.Library.RuleSet.Version)
            && Equals(span.GetTagItem("crlm.endpoint"), "/recommendations"));
        Assert.DoesNotContain(spans.SelectMany(span => span.TagObjects), tag => $"{tag.Value}".Contains(PatientId, StringComparison.Ordinal));
    }

    [Fact]
    public void Telemetry_Off_RegistersNoTracer()
    {
        using var service = ServiceFactory.Anonymous();
        using var client = service.Client();

        Assert.Null(service.Services.GetService<TracerProvider>());
    }

    private static async Task Exercise(HttpClient client)
    {
        var facts = FactsJson.Example("resectable-solitary") with { PatientId = PatientId, CeaNgPerMl = Cea };
        var bundle = Fhir.FhirBundleWriter.Write(facts).ToJson();
        using var good = await client.PostAsync("/recommendations", Json(FactsJson.Of(facts)));
        using var bad = await client.PostAsync("/recommendations", Json(FactsJson.Of(facts with { Ecog = 9 })));
        using var cards = await client.PostAsync(PrefetchRequests.ServicePath, Json(PrefetchRequests.Request(bundle)));
        using var guidance = await client.PostAsync("/fhir/GuidanceResponse/$evaluate", Json(bundle));
        var spoilt = bundle.Replace("\"value\":987.65", "\"value\":\"987.65\"", StringComparison.Ordinal);
        Assert.NotEqual(bundle, spoilt);
        using var badBundle = await client.PostAsync("/fhir/GuidanceResponse/$evaluate", Json(spoilt));
        good.EnsureSuccessStatusCode();
        cards.EnsureSuccessStatusCode();
        guidance.EnsureSuccessStatusCode();
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badBundle.StatusCode);
    }
}
