using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Evaluation;

/// <summary>The engine over the minimal fixture: statuses, three-valued logic, ranking.</summary>
public sealed class EngineTests
{
    private static readonly CrlmDecisionEngine Engine = new(RuleSet.Load(Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures", "Minimal")));

    [Fact]
    public void Recommend_FitPatientWithR0_RecommendsResectionFirst()
    {
        var report = Engine.Recommend(TestFacts.Valid());

        var top = report.Options[0];
        Assert.Equal(TreatmentOption.Resection, top.Option);
        Assert.Equal(Strength.Recommended, top.Strength);
        Assert.Equal("RES-001", Assert.Single(top.Reasons).RuleId);
    }

    [Fact]
    public void Recommend_AdviseAgainstOutweighsRecommend()
    {
        var report = Engine.Recommend(TestFacts.Valid() with { FitForMajorSurgery = YesNo.No });

        var resection = report.Options.Single(o => o.Option == TreatmentOption.Resection);
        Assert.Equal(Strength.NotAdvised, resection.Strength);
        Assert.Contains(resection.Reasons, r => r.RuleId == "RES-002");
    }

    [Fact]
    public void Recommend_UnknownExclusion_CapsAtConsiderAndListsMissingFacts()
    {
        var report = Engine.Recommend(TestFacts.Valid() with { FitForMajorSurgery = YesNo.Unknown, Ecog = null });

        var resection = report.Options.Single(o => o.Option == TreatmentOption.Resection);
        Assert.Equal(Strength.Consider, resection.Strength);
        Assert.Contains(resection.Cautions, c => c.RuleId == "RES-002" && c.Text.StartsWith("Could not rule out", StringComparison.Ordinal));
        Assert.Equal(RuleStatus.NotEvaluable, report.Rules.Single(r => r.RuleId == "RES-002").Status);
        var missing = report.MissingFacts.Select(m => m.Fact).ToArray();
        Assert.Equal(["ecog", "fitForMajorSurgery"], missing);
        Assert.All(report.MissingFacts, m => Assert.Equal(["RES-002"], m.NeededBy));
    }

    [Fact]
    public void Recommend_KnownTrueBranchOfOr_DecidesDespiteUnknownOtherBranch()
    {
        var report = Engine.Recommend(TestFacts.Valid() with { FitForMajorSurgery = YesNo.No, Ecog = null });

        Assert.Equal(RuleStatus.Fired, report.Rules.Single(r => r.RuleId == "RES-002").Status);
        Assert.Empty(report.MissingFacts);
    }

    [Fact]
    public void Recommend_KnownFalseConjunct_DecidesDespiteUnknownOtherConjunct()
    {
        var facts = TestFacts.Valid() with { Liver = TestFacts.Valid().Liver with { R0ResectionFeasible = YesNo.No } };

        var report = Engine.Recommend(facts);

        Assert.Equal(RuleStatus.NotFired, report.Rules.Single(r => r.RuleId == "RES-001").Status);
    }

    [Fact]
    public void Recommend_UnknownNeededFact_IsNotEvaluableNeverNotFired()
    {
        var facts = TestFacts.Valid() with { Liver = TestFacts.Valid().Liver with { R0ResectionFeasible = YesNo.Unknown } };

        var report = Engine.Recommend(facts);

        Assert.Equal(RuleStatus.NotEvaluable, report.Rules.Single(r => r.RuleId == "RES-001").Status);
        var resection = report.Options.Single(o => o.Option == TreatmentOption.Resection);
        Assert.Equal(Strength.NotAssessable, resection.Strength);
        Assert.Contains(resection.Reasons, c => c.RuleId == "RES-001" && c.Text.Contains("liver.r0ResectionFeasible", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_AlwaysListsAllSixOptionsRankedWithAReason()
    {
        var report = Engine.Recommend(TestFacts.Valid());

        Assert.Equal(Enum.GetValues<TreatmentOption>().Order(), report.Options.Select(o => o.Option).Order());
        Assert.Equal([1, 2, 3, 4, 5, 6], report.Options.Select(o => o.Rank));
        Assert.All(report.Options, o => Assert.NotEmpty(o.Reasons));
        Assert.All(report.Options.SelectMany(o => o.Reasons).SelectMany(r => r.Citations), key => Assert.True(report.Citations.ContainsKey(key)));
    }

    [Fact]
    public void Recommend_TiesBreakInContractOrder()
    {
        var report = Engine.Recommend(TestFacts.Valid());

        Assert.Equal(
            [TreatmentOption.Ablation, TreatmentOption.Sbrt, TreatmentOption.Sirt, TreatmentOption.Haic, TreatmentOption.Tace],
            report.Options.Skip(1).Select(o => o.Option));
    }

    [Fact]
    public void Recommend_SameFacts_GiveByteIdenticalJson()
    {
        var first = ReportJson.Serialize(Engine.Recommend(TestFacts.Valid()));
        var second = ReportJson.Serialize(Engine.Recommend(FactsReader.Read(TestFacts.ValidYaml)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Recommend_InvalidHandBuiltFacts_AreRefusedBeforeEvaluation()
    {
        var facts = TestFacts.Valid() with { Ecog = 9 };

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => Engine.Recommend(facts)).Errors);

        Assert.Equal("ecog", error.Path);
    }
}
