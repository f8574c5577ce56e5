using CrlmDecision.Cli.Commands;
using CrlmDecision.Cli.Scenarios;
using CrlmDecision.Evaluation;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Tests.Knowledge;

/// <summary>The released rule set and the reports of all its scenarios, computed once for the knowledge tests.</summary>
internal static class KnowledgeBase
{
    private static readonly Lazy<(RuleSet RuleSet, IReadOnlyList<(Scenario Scenario, RecommendationReport Report)> Reports)> Loaded = new(LoadAll);

    public static RuleSet RuleSet => Loaded.Value.RuleSet;

    public static IReadOnlyList<(Scenario Scenario, RecommendationReport Report)> Reports => Loaded.Value.Reports;

    private static (RuleSet, IReadOnlyList<(Scenario, RecommendationReport)>) LoadAll()
    {
        var (ruleSet, scenarios) = ScenariosCommand.Load(Support.Repository.RuleSet(), []);
        var engine = new CrlmDecisionEngine(ruleSet);
        return (ruleSet, scenarios.Select(s => (s, engine.Recommend(s.Facts))).ToArray());
    }
}
