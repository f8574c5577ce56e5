using System.Text.RegularExpressions;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Tests.Knowledge;

/// <summary>The rule set is complete and traceable, and its scenarios exercise every rule.</summary>
public sealed partial class KnowledgeBaseConsistencyTests
{
    [GeneratedRegex(@"^ref\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedReference();

    [Fact]
    public void Scenarios_EveryRule_FiresInAtLeastOneScenario()
    {
        var fired = KnowledgeBase.Reports
            .SelectMany(r => r.Report.Rules.Where(t => t.Status == RuleStatus.Fired).Select(t => t.RuleId))
            .ToHashSet(StringComparer.Ordinal);

        var silent = KnowledgeBase.RuleSet.Rules.Select(r => r.Id).Where(id => !fired.Contains(id)).ToArray();

        Assert.Empty(silent);
    }

    [Fact]
    public void Scenarios_AtLeastForty()
    {
        Assert.True(KnowledgeBase.Reports.Count >= 40, $"{KnowledgeBase.Reports.Count} scenarios, at least 40 required");
    }

    [Fact]
    public void RuleSet_RuleIds_AreUnique()
    {
        var duplicates = KnowledgeBase.RuleSet.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void RuleSet_EveryRule_HasTextAndResolvingCitations()
    {
        var ruleSet = KnowledgeBase.RuleSet;
        var problems = new List<string>();
        foreach (var rule in ruleSet.Rules)
        {
            if (string.IsNullOrWhiteSpace(rule.Title) || string.IsNullOrWhiteSpace(rule.Because) || string.IsNullOrWhiteSpace(rule.Section))
            {
                problems.Add($"{rule.Id}: title, because and section are required");
            }

            problems.AddRange(rule.Cite.Where(k => !ruleSet.Citations.Any(c => c.Key == k)).Select(k => $"{rule.Id}: citation {k} does not resolve"));
            var isTrial = rule.Target.TrialId is not null;
            if (!isTrial && (!rule.Cite.Contains("review") || !rule.Cite.Any(k => NumberedReference().IsMatch(k))))
            {
                problems.Add($"{rule.Id}: must cite the review and at least one numbered reference");
            }

            if (isTrial && rule.Cite.Count == 0)
            {
                problems.Add($"{rule.Id}: a trial rule cites its trial entry");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void RuleSet_CitesAtLeastFiftyNumberedReferences()
    {
        var cited = KnowledgeBase.RuleSet.Rules.SelectMany(r => r.Cite).Where(k => NumberedReference().IsMatch(k)).Distinct(StringComparer.Ordinal).Count();

        Assert.True(cited >= 50, $"rules cite {cited} of the review's 64 numbered references, at least 50 required");
    }

    [Fact]
    public void Scenarios_EveryOption_IsRankOneInAtLeastTwoScenarios()
    {
        var tops = KnowledgeBase.Reports.Where(r => r.Report.Options[0].Strength != Strength.NotAdvised)
            .GroupBy(r => r.Report.Options[0].Option)
            .ToDictionary(g => g.Key, g => g.Count());

        var rare = Enum.GetValues<TreatmentOption>().Where(o => tops.GetValueOrDefault(o) < 2).ToArray();

        Assert.Empty(rare);
    }

    [Fact]
    public void Scenarios_SafetyProperties_HoldInEveryReport()
    {
        var violations = new List<string>();
        foreach (var (scenario, report) in KnowledgeBase.Reports)
        {
            var facts = scenario.Facts;
            var resection = report.Options.Single(o => o.Option == TreatmentOption.Resection);
            if (facts.ExtrahepaticDisease == ExtrahepaticDisease.Unresectable && report.Options[0].Strength == Strength.Recommended)
            {
                violations.Add($"{scenario.Name}: uncontrollable extrahepatic disease with a recommended rank-1 option");
            }

            if ((facts.Ecog >= 3 || facts.FitForMajorSurgery == YesNo.No) && resection.Strength == Strength.Recommended)
            {
                violations.Add($"{scenario.Name}: resection recommended for an unfit patient");
            }

            if (facts.Liver.FutureLiverRemnantPercent < 30 && resection.Strength == Strength.Recommended && !resection.Details.ContainsKey("pathway"))
            {
                violations.Add($"{scenario.Name}: resection recommended with a remnant under 30% and no pathway");
            }

            if (facts.Phase == Phase.PostHepatectomy && report.Options.Any(o => o.Option != TreatmentOption.Haic && o.Strength != Strength.NotAdvised))
            {
                violations.Add($"{scenario.Name}: a lesion-directed option after complete hepatectomy");
            }
        }

        Assert.Empty(violations);
    }
}
