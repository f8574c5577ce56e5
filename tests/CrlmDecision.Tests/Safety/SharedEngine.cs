using CrlmDecision.Evaluation;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Safety;

/// <summary>One engine over the current rule set (the newest released version under rules/crlm-local-therapy), loaded once for every safety test.</summary>
internal static class SharedEngine
{
    private static readonly Lazy<CrlmDecisionEngine> Engine = new(() => new CrlmDecisionEngine(RuleSet.Load(Repository.RuleSet())));

    public static CrlmDecisionEngine Current => Engine.Value;

    /// <summary>The safety fixtures folder.</summary>
    public static string Fixtures(params string[] parts) =>
        Repository.Path_(["tests", "CrlmDecision.Tests", "Fixtures", "Safety", .. parts]);
}
