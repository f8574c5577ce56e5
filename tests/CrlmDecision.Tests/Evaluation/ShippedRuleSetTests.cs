using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Evaluation;

/// <summary>The acceptance cases of the foundation on the embedded default rule set.</summary>
public sealed class ShippedRuleSetTests
{
    private static readonly CrlmDecisionEngine Engine = CrlmDecisionEngine.CreateDefault();

    [Fact]
    public void Recommend_ResectableSolitaryLesion_RanksResectionFirst()
    {
        var report = Engine.Recommend(FactsReader.ReadFile(Repository.Path_("docs", "examples", "resectable-solitary.yaml")));

        Assert.Equal(TreatmentOption.Resection, report.Options[0].Option);
        Assert.Equal(Strength.Recommended, report.Options[0].Strength);
    }

    [Theory]
    [InlineData(Parenchyma.Normal)]
    [InlineData(Parenchyma.Unknown)]
    public void Recommend_Remnant22WithR0NotFeasible_NeverRecommendsResection(Parenchyma parenchyma)
    {
        var valid = TestFacts.Valid();
        var facts = valid with
        {
            Liver = valid.Liver with
            {
                FutureLiverRemnantPercent = 22,
                R0ResectionFeasible = YesNo.No,
                Parenchyma = parenchyma,
            },
        };

        var resection = Engine.Recommend(facts).Options.Single(o => o.Option == TreatmentOption.Resection);

        Assert.Equal(Strength.NotAdvised, resection.Strength);
    }

    [Fact]
    public void Recommend_EveryExample_CitesOnlyCatalogueEntriesWithDoiOrTrial()
    {
        foreach (var file in Directory.GetFiles(Repository.Path_("docs", "examples"), "*.yaml"))
        {
            var report = Engine.Recommend(FactsReader.ReadFile(file));

            Assert.Equal(6, report.Options.Count);
            Assert.All(report.Citations, c => Assert.True(c.Value.Doi is not null || c.Key is "ref8" || c.Key.StartsWith("trial-", StringComparison.Ordinal), $"{c.Key} has no DOI"));
        }
    }
}
