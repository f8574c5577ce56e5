using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CrlmDecision.Service.Telemetry;

/// <summary>
/// The service's own traces and metrics: one span and one duration per evaluation, tagged with the endpoint and
/// the rule set's id and version, never with a patient identifier or fact. Exported only when
/// <c>Service:Telemetry:Enabled</c> is true; without a listener they cost nothing.
/// </summary>
internal sealed class ServiceTelemetry
{
    public const string Name = "CrlmDecision.Service";

    private readonly Histogram<double> _evaluation;
    private readonly KeyValuePair<string, object?>[] _ruleSetTags;

    public ServiceTelemetry(IMeterFactory meters, ICrlmDecisionEngine engine)
    {
        // The factory owns (and disposes) the meter.
        _evaluation = meters.Create(Name).CreateHistogram<double>("crlm.evaluation.duration", unit: "s", description: "Time to evaluate one patient's facts, what-if included");
        _ruleSetTags = [new("crlm.ruleset.id", engine.RuleSet.Id), new("crlm.ruleset.version", engine.RuleSet.Version)];
    }

    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Starts timing one evaluation for <paramref name="endpoint"/>; dispose the result when it ends.</summary>
    public Evaluation Evaluate(string endpoint)
    {
        var activity = Source.StartActivity("crlm.evaluate");
        if (activity is not null)
        {
            activity.SetTag("crlm.endpoint", endpoint);
            foreach (var (key, value) in _ruleSetTags)
            {
                activity.SetTag(key, value);
            }
        }

        return new Evaluation(this, endpoint, activity, Stopwatch.GetTimestamp());
    }

    /// <summary>One timed evaluation.</summary>
    internal readonly struct Evaluation(ServiceTelemetry telemetry, string endpoint, Activity? activity, long started) : IDisposable
    {
        public void Dispose()
        {
            if (telemetry._evaluation.Enabled)
            {
                var tags = new TagList(telemetry._ruleSetTags) { { "crlm.endpoint", endpoint } };
                telemetry._evaluation.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            }

            activity?.Dispose();
        }
    }
}
