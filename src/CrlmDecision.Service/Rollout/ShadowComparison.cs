using System.Diagnostics.Metrics;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Service.Rollout;

/// <summary>
/// The rollout of a new rule-set version: when the configuration section <c>CrlmDecisionShadow</c> names one, it
/// is loaded as a keyed "shadow" engine beside the pinned one, every patient answered is evaluated again by it
/// after the answer has been sent, and the metric <c>crlm.shadow.comparisons</c> counts how often its ranking
/// agrees (tags: both versions and the outcome). Patients are answered only by the pinned engine; nothing of
/// the patient is recorded. docs/deployment.md says how to switch once the counts are understood.
/// </summary>
internal sealed class ShadowComparison
{
    public const string Key = "shadow";
    public const string Section = "CrlmDecisionShadow";

    private readonly ICrlmDecisionEngine? _shadow;
    private readonly Counter<long> _comparisons;

    public ShadowComparison(IServiceProvider services, IMeterFactory meters)
    {
        _shadow = services.GetKeyedService<ICrlmDecisionEngine>(Key);
        _comparisons = meters.Create(Telemetry.ServiceTelemetry.Name).CreateCounter<long>("crlm.shadow.comparisons", description: "Patients evaluated again by the shadow rule set, by outcome: same, strengths (same order, other strengths), ranking, top-option, refused");
    }

    /// <summary>The shadow engine's rule set; null when no shadow is configured.</summary>
    public RuleSet? RuleSet => _shadow?.RuleSet;

    /// <summary>After the response is sent, evaluates <paramref name="facts"/> with the shadow engine and counts the outcome.</summary>
    public void AfterResponse(HttpResponse response, PatientFacts facts, RecommendationReport live)
    {
        if (_shadow is not null)
        {
            response.OnCompleted(() =>
            {
                Compare(facts, live);
                return Task.CompletedTask;
            });
        }
    }

    internal string Compare(PatientFacts facts, RecommendationReport live)
    {
        string outcome;
        try
        {
            outcome = Outcome(live, _shadow!.Recommend(facts));
        }
        catch (InvalidFactsException)
        {
            outcome = "refused";
        }

        _comparisons.Add(1,
            new KeyValuePair<string, object?>("crlm.ruleset.version", live.RuleSet.Version),
            new KeyValuePair<string, object?>("crlm.shadow.version", _shadow!.RuleSet.Version),
            new KeyValuePair<string, object?>("crlm.shadow.outcome", outcome));
        return outcome;
    }

    private static string Outcome(RecommendationReport live, RecommendationReport shadow)
    {
        if (live.Options[0].Option != shadow.Options[0].Option)
        {
            return "top-option";
        }

        if (!live.Options.Select(o => o.Option).SequenceEqual(shadow.Options.Select(o => o.Option)))
        {
            return "ranking";
        }

        return live.Options.Select(o => o.Strength).SequenceEqual(shadow.Options.Select(o => o.Strength)) ? "same" : "strengths";
    }
}
