using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Service.Rollout;
using CrlmDecision.Service.Telemetry;

namespace CrlmDecision.Service.Http;

/// <summary>
/// How every endpoint asks the engine: the evaluation timed and traced, and the shadow rule set (if configured)
/// evaluating the same facts after the answer has been sent. One place, so no endpoint can leave either out.
/// </summary>
internal sealed class Evaluations(ICrlmDecisionEngine engine, ServiceTelemetry telemetry, ShadowComparison shadow)
{
    /// <summary>A facts document from a request body (its warnings keep their lines).</summary>
    /// <exception cref="InvalidFactsException">The facts are invalid.</exception>
    public RecommendationReport Recommend(string endpoint, FactsDocument document, HttpResponse response) =>
        Run(endpoint, document.Facts, response, () => engine.Recommend(document));

    /// <summary>Facts built by the service (from FHIR).</summary>
    /// <exception cref="InvalidFactsException">The facts are invalid.</exception>
    public RecommendationReport Recommend(string endpoint, PatientFacts facts, HttpResponse response) =>
        Run(endpoint, facts, response, () => engine.Recommend(facts));

    private RecommendationReport Run(string endpoint, PatientFacts facts, HttpResponse response, Func<RecommendationReport> recommend)
    {
        RecommendationReport report;
        using (telemetry.Evaluate(endpoint))
        {
            report = recommend();
        }

        shadow.AfterResponse(response, facts, report);
        return report;
    }
}
