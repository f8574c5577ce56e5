using System.Diagnostics.Metrics;
using System.Text.Json;
using CrlmDecision.Service.Rollout;
using Microsoft.Extensions.DependencyInjection;
using static CrlmDecision.Service.Tests.RecommendationsEndpointTests;

namespace CrlmDecision.Service.Tests;

/// <summary>A shadow rule set is evaluated beside the pinned one and compared, never answering a patient.</summary>
public sealed class ShadowTests
{
    [Fact]
    public async Task Shadow_OlderVersion_ReadyNamesBothAndPatientsGetThePinnedAnswer()
    {
        using var service = ServiceFactory.Anonymous(("CrlmDecisionShadow:RuleSetVersion", "1.0.0"));
        using var client = service.Client();
        var outcomes = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "crlm.shadow.comparisons")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            lock (outcomes)
            {
                outcomes.Add($"{tags.ToArray().Single(t => t.Key == "crlm.shadow.version").Value}:{tags.ToArray().Single(t => t.Key == "crlm.shadow.outcome").Value}");
            }
        });
        listener.Start();

        using var ready = JsonDocument.Parse(await client.GetStringAsync("/health/ready"));
        var facts = FactsJson.Example("resectable-solitary");
        using var response = await client.PostAsync("/recommendations", Json(FactsJson.Of(facts)));
        var answer = await response.Content.ReadAsStringAsync();
        var direct = service.Services.GetRequiredService<ShadowComparison>().Compare(facts, AnonymousService.Library.Recommend(facts));

        Assert.Equal("1.0.0", ready.RootElement.GetProperty("shadow").GetProperty("version").GetString());
        Assert.Equal(Reports.ReportJson.Serialize(AnonymousService.Library.Recommend(facts)), answer);
        Assert.Contains("1.0.0:" + direct, outcomes);
    }

    [Fact]
    public async Task Shadow_NotConfigured_ReadyHasNoShadow()
    {
        using var service = ServiceFactory.Anonymous();
        using var client = service.Client();

        using var ready = JsonDocument.Parse(await client.GetStringAsync("/health/ready"));

        Assert.False(ready.RootElement.TryGetProperty("shadow", out _));
    }
}
