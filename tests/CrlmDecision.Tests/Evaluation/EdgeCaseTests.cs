using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Evaluation;

/// <summary>Edge cases of evaluation found in code review: each would have failed silently or crashed.</summary>
public sealed class EdgeCaseTests : IDisposable
{
    private readonly RuleSetCopy _copy = RuleSetCopy.OfFixture("Minimal");

    private string Dir => _copy.Directory;

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Recommend_DerivedNumberDividesByZero_IsAnErrorNeverAComparableNumber()
    {
        AddDerived("ceaPerLine", "number", "p.CeaNgPerMl / p.SystemicTherapy.LinesReceived");
        _copy.AddRule("RES-003", "d.CeaPerLine > 1", "resection", "caution");
        var report = new CrlmDecisionEngine(RuleSet.Load(Dir)).Recommend(TestFacts.Valid());

        Assert.Equal(RuleStatus.Error, report.Rules.Single(r => r.RuleId == "RES-003").Status);
        Assert.Null(report.Derived["ceaPerLine"]);
        Assert.StartsWith("{", ReportJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_RuleFailsAmongKnownRules_FailureNamedAndLaterRulesStillDecided()
    {
        // All facts known: the failing condition (Max over no lesions) raises NRules' LHS failure, which must
        // name the rule, and every other rule of the session must still be decided.
        _copy.AddRule("RES-003", "p.Liver.Lesions.Max(l => l.Segment) > 3", "resection", "caution");
        for (var i = 4; i < 40; i++)
        {
            _copy.AddRule($"RES-{i:000}", i % 2 == 0 ? "p.Ecog >= 0" : "p.Ecog < 0", "resection", "caution");
        }

        var facts = TestFacts.Valid() with { Phase = Phase.PostHepatectomy, Liver = TestFacts.Valid().Liver with { Lesions = [] } };
        var report = new CrlmDecisionEngine(RuleSet.Load(Dir)).Recommend(facts);

        var failed = report.Rules.Single(r => r.RuleId == "RES-003");
        Assert.Equal(RuleStatus.Error, failed.Status);
        Assert.Equal("InvalidOperationException", failed.Detail);
        for (var i = 4; i < 40; i++)
        {
            Assert.Equal(i % 2 == 0 ? RuleStatus.Fired : RuleStatus.NotFired, report.Rules.Single(r => r.RuleId == $"RES-{i:000}").Status);
        }
    }

    [Fact]
    public void Recommend_LaterConjunctFailsAfterUnknownOne_IsNotEvaluableWithTheFactNotError()
    {
        _copy.AddRule("RES-003", "p.Ecog >= 3 && p.Liver.Lesions.Max(l => l.Segment) > 3", "resection", "caution");
        var facts = TestFacts.Valid() with { Phase = Phase.PostHepatectomy, Ecog = null, Liver = TestFacts.Valid().Liver with { Lesions = [] } };

        var report = new CrlmDecisionEngine(RuleSet.Load(Dir)).Recommend(facts);

        Assert.Equal(RuleStatus.NotEvaluable, report.Rules.Single(r => r.RuleId == "RES-003").Status);
        Assert.Contains(report.MissingFacts, m => m.Fact == "ecog" && m.NeededBy.Contains("RES-003"));
    }

    [Theory]
    [InlineData(2, "error")] // every part before the failing one is known: C# would have run it, so it is the rule's failure
    [InlineData(null, "not-evaluable")] // an unknown part came first: the author's guard might have stopped it
    public void Recommend_FailureInsideANestedOr_ErrorOnlyWhereNothingUnknownCameBefore(int? ecog, string status)
    {
        _copy.AddRule("RES-003", "p.Ecog >= 0 && (p.Ecog > 3 || p.Liver.Lesions.Max(l => l.Segment) > 3)", "resection", "caution");
        var facts = TestFacts.Valid() with { Phase = Phase.PostHepatectomy, Ecog = ecog, Liver = TestFacts.Valid().Liver with { Lesions = [] } };

        var report = new CrlmDecisionEngine(RuleSet.Load(Dir)).Recommend(facts);

        Assert.Equal(status, ContractWords.Of(report.Rules.Single(r => r.RuleId == "RES-003").Status));
    }

    [Fact]
    public void Recommend_BooleanChoiceWithKnownTest_IgnoresTheUnchosenBranch()
    {
        AddDerived("adjuvantCandidate", "boolean", "iif(p.Phase == \"post-hepatectomy\", p.PostoperativeCtDna == \"positive\", false)");
        _copy.AddRule("HAI-001", "d.AdjuvantCandidate", "haic", "consider");

        var report = new CrlmDecisionEngine(RuleSet.Load(Dir)).Recommend(TestFacts.Valid());

        Assert.Equal(false, report.Derived["adjuvantCandidate"]);
        Assert.Equal(RuleStatus.NotFired, report.Rules.Single(r => r.RuleId == "HAI-001").Status);
        Assert.DoesNotContain(report.MissingFacts, m => m.Fact == "postoperativeCtDna");
    }

    [Theory]
    [InlineData(60, "fired")]
    [InlineData(20, "not-evaluable")]
    public void Recommend_AnyOverLesionsWithOneUnknownDiameter_KnownLesionDecides(double known, string status)
    {
        _copy.AddRule("RES-003", "p.Liver.Lesions.Any(l => l.DiameterMm > 50)", "resection", "caution");
        var valid = TestFacts.Valid();
        var lesions = new[] { valid.Liver.Lesions[0] with { DiameterMm = known }, valid.Liver.Lesions[0] with { Id = "L2", DiameterMm = null } };

        var report = new CrlmDecisionEngine(RuleSet.Load(Dir)).Recommend(valid with { Liver = valid.Liver with { Lesions = lesions } });

        Assert.Equal(status, Words<RuleStatus>.Of(report.Rules.Single(r => r.RuleId == "RES-003").Status));
        Assert.Equal(status == "not-evaluable", report.MissingFacts.Any(m => m.Fact == "liver.lesions[].diameterMm" && m.NeededBy.Contains("RES-003")));
    }

    [Fact]
    public void Recommend_AllOverLesionsWithOneUnknownDiameter_KnownLargeLesionMakesItFalse()
    {
        AddDerived("allSmall", "boolean", "p.Liver.Lesions.All(l => l.DiameterMm < 30)");
        var valid = TestFacts.Valid();
        var lesions = new[] { valid.Liver.Lesions[0] with { DiameterMm = 45 }, valid.Liver.Lesions[0] with { Id = "L2", DiameterMm = null } };

        var report = new CrlmDecisionEngine(RuleSet.Load(Dir)).Recommend(valid with { Liver = valid.Liver with { Lesions = lesions } });

        Assert.Equal(false, report.Derived["allSmall"]);
    }

    [Fact]
    public void Load_DerivedFactWithoutName_IsAnErrorNotACrash()
    {
        File.AppendAllText(Path.Combine(Dir, "derived.yaml"), "  - type: integer\n    expression: 1\n    description: No name.\n");

        var errors = Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors;

        Assert.Contains(errors, e => e.Message.Contains("name: is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("p.PrimaryTumor.Location.StartsWith(\"right\")")]
    [InlineData("(\"cea \" + p.CeaNgPerMl) == \"cea 10\"")]
    public void Load_CultureDependentStringOperation_IsRefused(string expression)
    {
        _copy.AddRule("RES-003", expression, "resection", "caution");

        var errors = Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors;

        Assert.Contains(errors, e => e.RuleId == "RES-003" && e.Message.Contains("forbidden member", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_HandBuiltFactsWithUndefinedWordOrNullSection_AreRefusedNamingTheField()
    {
        var engine = new CrlmDecisionEngine(RuleSet.Load(Dir));

        var undefined = Assert.Throws<InvalidFactsException>(() => engine.Recommend(TestFacts.Valid() with { Molecular = new MolecularFacts { Ras = (RasStatus)9 } }));
        var missing = Assert.Throws<InvalidFactsException>(() => engine.Recommend(TestFacts.Valid() with { Liver = null! }));

        Assert.Equal("molecular.ras", Assert.Single(undefined.Errors).Path);
        Assert.Equal("liver", Assert.Single(missing.Errors).Path);
    }

    private void AddDerived(string name, string type, string expression) =>
        File.AppendAllText(Path.Combine(Dir, "derived.yaml"), $"  - name: {name}\n    type: {type}\n    expression: >-\n      {expression}\n    description: Test.\n");
}
