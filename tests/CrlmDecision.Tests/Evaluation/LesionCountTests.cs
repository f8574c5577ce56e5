using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Evaluation;

/// <summary>
/// liver.lesionCount (facts revision 1.1): lesions beyond those listed count with every fact unknown, so a patient
/// with two small listed lesions out of six never looks oligometastatic.
/// </summary>
public sealed class LesionCountTests : IDisposable
{
    private readonly RuleSetCopy _copy = RuleSetCopy.OfFixture("Minimal");

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Recommend_TwoSmallListedOfSix_NotOligometastatic()
    {
        _copy.AddRule("RES-003", "p.Liver.Lesions.All(l => l.DiameterMm < 30)");
        _copy.AddRule("RES-004", "p.Liver.Lesions.Count() >= 5");
        _copy.AddRule("RES-005", "p.Liver.Lesions.Any(l => l.DiameterMm > 50)");
        _copy.AddRule("RES-006", "p.Liver.Lesions.Count() <= 3");
        var facts = TwoSmallLesions() with { Liver = TwoSmallLesions().Liver with { LesionCount = 6 } };

        var report = new CrlmDecisionEngine(RuleSet.Load(_copy.Directory)).Recommend(facts);

        Assert.Equal(RuleStatus.NotEvaluable, Status(report, "RES-003"));
        Assert.Equal(RuleStatus.Fired, Status(report, "RES-004"));
        Assert.Equal(RuleStatus.NotEvaluable, Status(report, "RES-005"));
        Assert.Equal(RuleStatus.NotFired, Status(report, "RES-006"));
        Assert.Contains(report.MissingFacts, m => m.Fact == "liver.lesions[].diameterMm" && m.NeededBy.Contains("RES-003"));
    }

    [Fact]
    public void Recommend_LesionCountEqualToListed_SameAsWithout()
    {
        _copy.AddRule("RES-003", "p.Liver.Lesions.All(l => l.DiameterMm < 30)");
        var engine = new CrlmDecisionEngine(RuleSet.Load(_copy.Directory));

        var without = engine.Recommend(TwoSmallLesions());
        var with = engine.Recommend(TwoSmallLesions() with { Liver = TwoSmallLesions().Liver with { LesionCount = 2 } });

        Assert.Equal(RuleStatus.Fired, Status(without, "RES-003"));
        Assert.Equal(Reports.ReportJson.Serialize(without), Reports.ReportJson.Serialize(with));
    }

    [Fact]
    public void Build_UnlistedLesions_EveryFactUnknown()
    {
        var view = PatientViewBuilder.Build(TwoSmallLesions() with { Liver = TwoSmallLesions().Liver with { LesionCount = 6 } });

        Assert.Equal(6, view.Liver.Lesions.Count);
        var lesionFacts = FactCatalog.All.Where(f => f.Path.StartsWith("liver.lesions[].", StringComparison.Ordinal)).ToArray();
        Assert.All(view.Liver.Lesions.Skip(2), l => Assert.All(lesionFacts, f => Assert.True(l.Unknown[f.Index], f.Path)));
        Assert.All(view.Liver.Lesions.Take(2), l => Assert.False(l.Unknown[FactCatalog.IndexOf("liver.lesions[].diameterMm")]));
    }

    [Fact]
    public void Read_LesionCountBelowListed_RefusedSayingSoWithLine()
    {
        var yaml = TestFacts.Replace("futureLiverRemnantPercent:", "futureLiverRemnantPercent: 60\n  lesionCount: 0");

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => FactsReader.Read(yaml, "f.yaml")).Errors);

        Assert.Equal("liver.lesionCount", error.Path);
        Assert.Equal(TestFacts.LineOf(yaml, "lesionCount:"), error.Line);
        Assert.Contains("fewer than the 1 lesions listed", error.Message, StringComparison.Ordinal);
        Assert.Contains("write at least 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(101, "out of range")]
    [InlineData(-1, "out of range")]
    public void Validate_LesionCountOutOfRange_Refused(int count, string message)
    {
        var facts = TwoSmallLesions() with { Liver = TwoSmallLesions().Liver with { LesionCount = count } };

        Assert.Contains(FactsValidator.Validate(facts), e => e.Path == "liver.lesionCount" && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(null, true)]
    [InlineData(3, false)]
    public void Validate_PostHepatectomy_LesionCountZeroOrAbsentOnly(int? count, bool valid)
    {
        var facts = TestFacts.Valid() with { Phase = Phase.PostHepatectomy, Liver = TestFacts.Valid().Liver with { Lesions = [], LesionCount = count } };

        var errors = FactsValidator.Validate(facts);

        Assert.Equal(valid, errors.Count == 0);
        Assert.True(valid || errors.Single().Path == "liver.lesionCount");
    }

    private static RuleStatus Status(Reports.RecommendationReport report, string id) => report.Rules.Single(r => r.RuleId == id).Status;

    private static PatientFacts TwoSmallLesions() => TestFacts.Valid() with
    {
        Liver = TestFacts.Valid().Liver with
        {
            Lesions = [TestFacts.Valid().Liver.Lesions[0] with { Id = "L1", DiameterMm = 12 }, TestFacts.Valid().Liver.Lesions[0] with { Id = "L2", DiameterMm = 15 }],
        },
    };
}
