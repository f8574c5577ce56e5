using System.Text.Json.Serialization;
using CrlmDecision.Reports;
using CrlmDecision.Service.Rollout;

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
        app.MapGet(Ready, (ICrlmDecisionEngine engine, ShadowComparison shadow) => Results.Json(new ReadyAnswer(
                "ready",
                Identity(engine.RuleSet),
                engine.RuleSet.RuleCount,
                shadow.RuleSet is { } shadowSet ? Identity(shadowSet) : null)))
            .WithSummary("The rule set is loaded; its id, version and SHA-256").AllowAnonymous();
    }

    private static RuleSetIdentity Identity(RuleSet ruleSet) => new(ruleSet.Id, ruleSet.Version, ruleSet.Sha256);

    internal sealed record LiveAnswer([property: JsonPropertyName("status")] string Status);

    internal sealed record ReadyAnswer(
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("ruleSet")] RuleSetIdentity RuleSet,
        [property: JsonPropertyName("rules")] int Rules,
        [property: JsonPropertyName("shadow"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RuleSetIdentity? Shadow);
}
