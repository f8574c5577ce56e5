using System.Globalization;
using CrlmDecision.Compilation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Tests.Support;
using CrlmDecision.WhatIf;

namespace CrlmDecision.Tests.WhatIf;

/// <summary>
/// The decisive facts: each value reported gives, filled in and evaluated, the top option reported; a fact is listed
/// only when some value changes the top option or its strength; the order is by impact; and nothing is listed when
/// every fact is known.
/// </summary>
public sealed class DecisiveFactsTests
{
    private static readonly CrlmDecisionEngine Engine = CrlmDecisionEngine.CreateDefault();

    // A fit patient with two small lesions, work-up incomplete: the remnant, RAS and the lesions' depth not known.
    private static readonly PatientFacts RemnantUnknown = new()
    {
        PatientId = "remnant-unknown",
        Ecog = 1,
        FitForMajorSurgery = YesNo.Yes,
        Liver = new LiverFacts
        {
            Lesions =
            [
                new LesionFacts { Id = "L1", DiameterMm = 25, Segment = 6, Depth = LesionDepth.Superficial, NearMajorVessel = false },
                new LesionFacts { Id = "L2", DiameterMm = 18, Segment = 7 },
            ],
            Parenchyma = Parenchyma.Normal,
            R0ResectionFeasible = YesNo.Yes,
        },
        ExtrahepaticDisease = ExtrahepaticDisease.None,
        SystemicTherapy = new SystemicTherapyFacts { LinesReceived = 0, Response = TherapyResponse.Naive, Refractory = false },
    };

    [Fact]
    public void Recommend_RemnantUnknown_RemnantDecisiveWithTheReviewsThreshold()
    {
        var report = Engine.Recommend(RemnantUnknown);

        // Written from the review before running: resectability needs a remnant > 30-40% (2.1.1); in a normal liver the
        // rule set takes > 30%. Unknown, resection cannot be assessed; above 30% it is recommended.
        var remnant = Assert.Single(report.DecisiveFacts, d => d.Fact == "liver.futureLiverRemnantPercent");
        Assert.Equal("top-option", remnant.Changes);
        var above = Assert.Single(remnant.Outcomes, o => o.When == "> 30");
        Assert.Equal((TreatmentOption.Resection, Strength.Recommended, true), (above.TopOption, above.Strength, above.Changed));
        Assert.Equal(report.DecisiveFacts[0], remnant);
        Assert.Contains("FLR (%)", report.Summary, StringComparison.Ordinal);
        Assert.Equal("liver.futureLiverRemnantPercent", report.MissingFacts[0].Fact);
    }

    [Theory]
    [InlineData(25.0)]
    [InlineData(30.0)]
    [InlineData(30.5)]
    [InlineData(45.0)]
    [InlineData(80.0)]
    public void Recommend_RemnantFilledIn_TopOptionIsTheOneTheWhatIfGaveForItsRange(double percent)
    {
        var remnant = Engine.Recommend(RemnantUnknown).DecisiveFacts.Single(d => d.Fact == "liver.futureLiverRemnantPercent");
        var expected = remnant.Outcomes.Single(o => Within(percent, o.When));

        // Filled in by hand, not through the what-if's own setter.
        var filled = Engine.Recommend(RemnantUnknown with { Liver = RemnantUnknown.Liver with { FutureLiverRemnantPercent = percent } });

        Assert.Equal((expected.TopOption, expected.Strength), (filled.Options[0].Option, filled.Options[0].Strength));
    }

    public static TheoryData<string> ScenariosWithUnknownFacts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.RuleSet(), "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScenariosWithUnknownFacts))]
    public void Recommend_EveryScenario_EachOutcomeIsWhatEvaluatingWithThatValueGives(string file)
    {
        var facts = CrlmDecision.Scenarios.ScenarioReader.Read(Path.Combine(Repository.RuleSet(), "scenarios", file)).Document.Facts;
        var report = Engine.Recommend(facts);
        var top = (report.Options[0].Option, report.Options[0].Strength);

        foreach (var fact in report.DecisiveFacts)
        {
            Assert.Contains(report.MissingFacts, m => m.Fact == fact.Fact);
            Assert.Contains(fact.Outcomes, o => o.Changed);
            foreach (var outcome in fact.Outcomes)
            {
                var filled = Engine.Recommend(FactValues.With(facts, fact.Fact, outcome.Value));
                Assert.Equal((outcome.TopOption, outcome.Strength), (filled.Options[0].Option, filled.Options[0].Strength));
                Assert.Equal(outcome.Changed, (outcome.TopOption, outcome.Strength) != top);
            }
        }

        // Top-option changes before strength-only changes; the missing facts lead with the decisive ones.
        Assert.Equal(report.DecisiveFacts.OrderBy(d => d.Changes == "top-option" ? 0 : 1).Select(d => d.Fact), report.DecisiveFacts.Select(d => d.Fact));
        Assert.Equal(report.DecisiveFacts.Select(d => d.Fact), report.MissingFacts.Take(report.DecisiveFacts.Count).Select(m => m.Fact));
    }

    [Fact]
    public void Recommend_EveryFactKnown_NoDecisiveFactAndNoneInTheSummary()
    {
        var report = Engine.Recommend(FactsReader.ReadFile(Repository.Path_("docs", "examples", "resectable-solitary.yaml")));

        Assert.Empty(report.DecisiveFacts);
        Assert.DoesNotContain("would change", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_LesionsCountedButNotListed_LesionFactSetOnThemToo()
    {
        var facts = RemnantUnknown with { Liver = RemnantUnknown.Liver with { FutureLiverRemnantPercent = 50, LesionCount = 4 } };

        var filled = FactValues.With(facts, "liver.lesions[].depth", "deep");

        Assert.Equal(4, filled.Liver.Lesions.Count);
        Assert.Equal([LesionDepth.Superficial, LesionDepth.Deep, LesionDepth.Deep, LesionDepth.Deep], filled.Liver.Lesions.Select(l => l.Depth));
    }

    [Theory]
    [InlineData("liver.lesions[].adjacentToBileDuct", new[] { false, false, true })]
    [InlineData("liver.lesions[].adjacentToBowel", new[] { false, true, true })]
    [InlineData("liver.lesions[].adjacentToCriticalStructure", new[] { false, false, true })]
    public void FillIn_AdjacencyWhereTheUmbrellaDecidesIt_EveryValueValidAndDecidedLesionsKept(string path, bool[] unknownToTheEngine)
    {
        // L1: no critical structure (so neither bile duct nor bowel); L2: next to the bile duct (so a critical structure,
        // bowel not known); L3: nothing known. Only the flags the engine reads as unknown are filled in, and no value is
        // refused by the validator.
        var facts = RemnantUnknown with
        {
            Liver = RemnantUnknown.Liver with
            {
                Lesions =
                [
                    new LesionFacts { Id = "L1", DiameterMm = 20, Segment = 6, AdjacentToCriticalStructure = false },
                    new LesionFacts { Id = "L2", DiameterMm = 15, Segment = 4, AdjacentToBileDuct = true },
                    new LesionFacts { Id = "L3", DiameterMm = 12, Segment = 7 },
                ],
            },
        };

        foreach (var value in new[] { false, true })
        {
            var filled = FactValues.With(facts, path, value);

            Assert.Empty(FactsValidator.Check(filled, null).Errors);
            Assert.Equal(unknownToTheEngine, facts.Liver.Lesions.Zip(filled.Liver.Lesions, (before, after) => before != after));
        }
    }

    [Fact]
    public void Region_ThresholdsCompared30And40BothWays_EachSideAndEachThresholdTriedOnce()
    {
        var regions = Region.Split([Own(30), Own(40)], 0, 100, whole: false);

        Assert.Equal([29, 30, 31, 40, 41], regions.Select(r => r.Sample));
        Assert.Equal(["< 30", "= 30", "> 30, < 40", "= 40", "> 40"], regions.Select(r => r.Describe()));
        Assert.Equal("≤ 30", regions[0].Through(regions[1]).Describe());
    }

    [Fact]
    public void Region_RemnantAbove30And40_ThresholdsBelongToTheRangeBelow()
    {
        // remnantAdequate reads "> 40 || (> 30 && normal)": a remnant of exactly 30 answers like 29.
        var regions = Region.Split([new(30, ThresholdSide.Below), new(40, ThresholdSide.Below)], 0, 100, whole: false);

        Assert.Equal([29, 31, 41], regions.Select(r => r.Sample));
        Assert.Equal(["≤ 30", "> 30, ≤ 40", "> 40"], regions.Select(r => r.Describe()));
    }

    [Fact]
    public void Region_AtLeast3_ThresholdBelongsToTheRangeAbove()
    {
        var regions = Region.Split([new(3, ThresholdSide.Above)], 0, 4, whole: true);

        Assert.Equal([2, 4], regions.Select(r => r.Sample));
        Assert.Equal(["< 3", "≥ 3"], regions.Select(r => r.Describe()));
    }

    [Fact]
    public void Region_WholeNumbersAtTheRangesEnds_NoValueOutsideTheRange()
    {
        var regions = Region.Split([Own(0), Own(2), Own(4)], 0, 4, whole: true);

        Assert.Equal([0, 1, 2, 3, 4], regions.Select(r => r.Sample));
        Assert.All(regions, r => Assert.InRange(r.Sample, 0, 4));
    }

    [Fact]
    public void Region_NeighbouringThresholds_SampleBetweenThem()
    {
        var regions = Region.Split([Own(30), Own(30.5)], 0, 100, whole: false);

        Assert.Equal([29, 30, 30.25, 30.5, 31.5], regions.Select(r => r.Sample));
    }

    [Fact]
    public void Thresholds_ReleasedRuleSet_RemnantComparedAbove30And40()
    {
        var remnant = FactCatalog.All.Single(f => f.Path == "liver.futureLiverRemnantPercent").Index;

        var thresholds = RuleSet.LoadEmbedded().Compiled.Thresholds[remnant];

        Assert.Equal([new Threshold(30, ThresholdSide.Below), new Threshold(40, ThresholdSide.Below)], thresholds);
    }

    private static Threshold Own(double value) => new(value, ThresholdSide.Own);

    // Whether a value lies in a range as the what-if writes it: "< 30", "≤ 30", "= 30", "> 30, ≤ 40", "> 40".
    private static bool Within(double value, string range) => range.Split(", ").All(part =>
    {
        var bound = double.Parse(part[2..], CultureInfo.InvariantCulture);
        return part[..1] switch
        {
            "<" => value < bound,
            "≤" => value <= bound,
            "=" => value == bound,
            ">" => value > bound,
            "≥" => value >= bound,
            _ => throw new ArgumentException(range),
        };
    });
}
