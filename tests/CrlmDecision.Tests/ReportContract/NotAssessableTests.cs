using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Tests.Safety;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.ReportContract;

/// <summary>Issue 14: an option whose deciding rules could not be decided is not-assessable, not not-advised.</summary>
public sealed class NotAssessableTests
{
    [Fact]
    public void Recommend_UnknownR0Feasibility_ResectionNotAssessableNamingRuleDecisionAndFacts()
    {
        var facts = TestFacts.Valid() with { Liver = TestFacts.Valid().Liver with { R0ResectionFeasible = YesNo.Unknown } };

        var resection = SharedEngine.Current.Recommend(facts).Option(TreatmentOption.Resection);

        Assert.Equal(Strength.NotAssessable, resection.Strength);
        var reason = Assert.Single(resection.Reasons, r => r.RuleId == "RES-001");
        Assert.Equal(["liver.r0ResectionFeasible"], reason.MissingFacts);
        Assert.Contains("would recommend resection", reason.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(resection.Reasons, r => r.RuleId.StartsWith("manifest:", StringComparison.Ordinal));
        Assert.DoesNotContain(resection.Cautions, c => resection.Reasons.Any(r => r.RuleId == c.RuleId));
    }

    [Fact]
    public void Recommend_NotAssessableOptions_RankedAfterEveryAssessableOption()
    {
        var report = ReportFacts.Report("extrahepatic-staging-incomplete");

        Assert.Equal(Strength.NotAdvised, report.Options[0].Strength);
        Assert.All(report.Options.Skip(1), o => Assert.Equal(Strength.NotAssessable, o.Strength));
        Assert.Equal(report.Options.OrderBy(o => o.Strength).Select(o => o.Option), report.Options.Select(o => o.Option));
        Assert.All(report.Options.Skip(1), o => Assert.All(o.Reasons, r => Assert.Equal(["extrahepaticDisease"], r.MissingFacts)));
    }

    [Fact]
    public void Recommend_ExclusionFired_StaysNotAdvised()
    {
        var report = ReportFacts.Report("ecog4-refractory-liver-only");

        Assert.All(report.Options, o => Assert.Equal(Strength.NotAdvised, o.Strength));
        Assert.All(report.Options, o => Assert.Contains(o.Reasons, r => r.RuleId == "GEN-009" && r.MissingFacts is null));
    }

    [Fact]
    public void Recommend_NoDecidingRuleFiredOrOpen_NotAdvisedWithManifestReason()
    {
        var report = SharedEngine.Current.Recommend(TestFacts.Valid());
        var statuses = report.Rules.ToDictionary(r => r.RuleId, r => r.Status);
        var unsupported = report.Options.Where(o => o.Reasons.Any(r => r.RuleId.StartsWith("manifest:", StringComparison.Ordinal))).ToArray();

        Assert.NotEmpty(unsupported);
        Assert.All(unsupported, o => Assert.Equal(Strength.NotAdvised, o.Strength));
        Assert.All(unsupported, o => Assert.Equal("manifest:" + ContractWords.Of(o.Option), Assert.Single(o.Reasons).RuleId));
        Assert.DoesNotContain(report.Options, o => o.Strength == Strength.NotAssessable);
        Assert.DoesNotContain(statuses.Values, s => s is RuleStatus.NotEvaluable or RuleStatus.Error);
    }

    [Fact]
    public void Recommend_DecidingRuleFails_NotAssessableWithTheFailure()
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);
        File.WriteAllText(copy.PathOf(Path.Combine("rules", "zz-failing.yaml")), """
            rules:
              - id: TST-001
                title: A recommendation that fails at run time
                section: "2.4"
                evidence: consensus
                when: >-
                  10 / (p.Liver.Lesions.Count() - p.Liver.Lesions.Count()) > 0
                then:
                  option: haic
                  effect: recommend
                because: Test only (ref55).
                cite: [review, ref55]
            """);
        var engine = new CrlmDecisionEngine(RuleSet.Load(copy.Directory));

        var report = engine.Recommend(TestFacts.Valid());

        Assert.Equal(RuleStatus.Error, report.Rules.Single(r => r.RuleId == "TST-001").Status);
        var haic = report.Option(TreatmentOption.Haic);
        Assert.Equal(Strength.NotAssessable, haic.Strength);
        var reason = Assert.Single(haic.Reasons, r => r.RuleId == "TST-001");
        Assert.Empty(reason.MissingFacts!);
        Assert.Contains("rule failed", reason.Text, StringComparison.Ordinal);
    }
}
