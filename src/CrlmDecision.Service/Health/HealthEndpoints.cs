using System.Text.Json.Serialization;
using CrlmDecision.Reports;

namespace CrlmDecision.Service.Health;

/// <summary>
/// Liveness and readiness for orchestrators, open without a token and free of patient data. Readiness names the
/// rule set the service answers from (id, version, SHA-256), so a deployment can check the pin it configured.
/// </summary>
internal static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Live, () => Results.Json(new LiveAnswer("live")))
            .WithSummary("The process is running").AllowAnonymous();
        app.MapGet(Ready, (ICrlmDecisionEngine engine) => Results.Json(new ReadyAnswer(
                "ready",
                new RuleSetIdentity(engine.RuleSet.Id, engine.RuleSet.Version, engine.RuleSet.Sha256),
                engine.RuleSet.RuleCount)))
            .WithSummary("The rule set is loaded; its id, version and SHA-256").AllowAnonymous();
    }

    internal sealed record LiveAnswer([property: JsonPropertyName("status")] string Status);

    internal sealed record ReadyAnswer(
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("ruleSet")] RuleSetIdentity RuleSet,
        [property: JsonPropertyName("rules")] int Rules);
}
