using CrlmDecision.Mutation;
using CrlmDecision.Scenarios;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Mutation;

/// <summary>
/// The wrong edits and how they are judged, on the Minimal fixture (RES-001: R0 feasible and fewer than 5 lesions,
/// recommend; RES-002: unfit or ECOG >= 3, advise against) with scenarios written in each test.
/// </summary>
public sealed class MutationTests
{
    [Fact]
    public void Run_NoScenario_EveryEditOfEveryKindSurvives()
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");

        var report = RuleSetMutation.Run(copy.Directory, []);

        Assert.All(report.Mutants, m => Assert.Equal(MutantStatus.Survived, m.Status));
        Assert.Equal(4, report.Counted(MutationKind.Threshold));
        Assert.Equal(2, report.Counted(MutationKind.Boundary));
        Assert.Equal(2, report.Counted(MutationKind.Logic));
        Assert.Equal(2, report.Counted(MutationKind.Effect));
        Assert.Equal(0m, report.Score());
        Assert.Contains(report.Mutants, m => m.RuleId == "RES-001" && m.Kind == MutationKind.Effect && m.Edit == "effect `recommend` -> `consider`");
    }

    [Fact]
    public void Run_ScenarioOnTheThreshold_CatchesTheEditsFromThatSideOnly()
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");
        var onThreshold = Scenario(copy, "five-lesions", lesions: 5);

        var report = RuleSetMutation.Run(copy.Directory, [onThreshold], only: ["RES-001"]);

        var edits = report.Mutants.Where(m => m.Kind is MutationKind.Threshold or MutationKind.Boundary).ToDictionary(m => m.Edit);
        Assert.Equal(MutantStatus.Caught, edits["`d.LesionCount < 5` -> `d.LesionCount < 6`"].Status);
        Assert.Equal("five-lesions", edits["`d.LesionCount < 5` -> `d.LesionCount < 6`"].Because);
        Assert.Equal(MutantStatus.Caught, edits["`d.LesionCount < 5` -> `d.LesionCount <= 5`"].Status);
        var below = edits["`d.LesionCount < 5` -> `d.LesionCount < 4`"];
        Assert.Equal(MutantStatus.Survived, below.Status);
        Assert.Equal("no scenario pins RES-001's threshold 5 on lesionCount: `d.LesionCount < 5` -> `d.LesionCount < 4` changes no answer; a patient with lesionCount 4 would show it", below.Gap);
        Assert.False(report.BoundariesPinned("RES-001"));
    }

    [Fact]
    public void Run_ScenariosOnBothSides_PinTheBoundary()
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");
        Scenario[] both = [Scenario(copy, "four-lesions", lesions: 4), Scenario(copy, "five-lesions", lesions: 5)];

        var report = RuleSetMutation.Run(copy.Directory, both, only: ["RES-001"]);

        Assert.True(report.BoundariesPinned("RES-001"));
        Assert.Equal(100m, report.Score(MutationKind.Threshold));
    }

    [Fact]
    public void Run_ThresholdBeyondTheAllowedRange_IsEquivalentNotASurvivor()
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");
        copy.AddRule("RES-090", "p.Ecog < 5 && p.Liver.Lesions.Any(l => l.Segment <= 8)");

        var report = RuleSetMutation.Run(copy.Directory, [], only: ["RES-090"]);

        var equivalent = report.Mutants.Where(m => m.Status == MutantStatus.Equivalent).Select(m => m.Edit).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["`l.Segment <= 8` -> `l.Segment <= 9`", "`p.Ecog < 5` -> `p.Ecog < 6`", "`p.Ecog < 5` -> `p.Ecog <= 5`"], equivalent);
        Assert.Contains(report.Mutants, m => m.Edit == "`p.Ecog < 5` -> `p.Ecog < 4`" && m.Status == MutantStatus.Survived);
        Assert.Contains(report.Mutants, m => m.Edit == "`l.Segment <= 8` -> `l.Segment < 8`" && m.Status == MutantStatus.Survived);
    }

    [Fact]
    public void Run_CountGuardedByAFactThatMayBeUnknown_IsNotEquivalent()
    {
        // Lines 0 with the response unknown: the original is false, the edit is not evaluable (three-valued logic).
        using var copy = RuleSetCopy.OfFixture("Minimal");
        copy.AddRule("RES-091", "p.SystemicTherapy.LinesReceived >= 1 && p.SystemicTherapy.Response == \"progressing\"");

        var report = RuleSetMutation.Run(copy.Directory, [], only: ["RES-091"]);

        Assert.Contains(report.Mutants, m => m.Edit == "`p.SystemicTherapy.LinesReceived >= 1` -> `p.SystemicTherapy.LinesReceived >= 0`" && m.Status == MutantStatus.Survived);
        Assert.DoesNotContain(report.Mutants, m => m.Status == MutantStatus.Equivalent);
    }

    [Theory]
    [InlineData("p.Phase == \"pre-treatment\" && d.LesionCount > 0", true)]
    [InlineData("(p.Phase == \"pre-treatment\" || d.LesionCount > 0)", false)]
    [InlineData("(d.LesionCount > 0 || p.Phase == \"pre-treatment\")", false)]
    public void Run_LesionCountGuardedByThePhase_EquivalentOnlyInAConjunction(string condition, bool equivalent)
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");
        copy.AddRule("RES-092", condition);

        var report = RuleSetMutation.Run(copy.Directory, [], only: ["RES-092"]);

        var edit = Assert.Single(report.Mutants, m => m.Edit == "`d.LesionCount > 0` -> `d.LesionCount > -1`");
        Assert.Equal(equivalent ? MutantStatus.Equivalent : MutantStatus.Survived, edit.Status);
    }

    [Fact]
    public void Run_UnknownRule_RefusedNamingIt()
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");

        var error = Assert.Throws<ArgumentException>(() => RuleSetMutation.Run(copy.Directory, [], only: ["RES-999"]));

        Assert.Contains("RES-999", error.Message, StringComparison.Ordinal);
    }

    private static Scenario Scenario(RuleSetCopy copy, string name, int lesions)
    {
        var folder = copy.PathOf("scenarios");
        Directory.CreateDirectory(folder);
        var lesionLines = string.Concat(Enumerable.Range(1, lesions).Select(i => $"\n      - {{ id: L{i}, diameterMm: 20, segment: {1 + (i % 8)}, depth: superficial }}"));
        var facts = TestFacts.ValidYaml.Replace("\n", "\n  ", StringComparison.Ordinal);
        var start = facts.IndexOf("  lesions:", StringComparison.Ordinal);
        var end = facts.IndexOf("    futureLiverRemnantPercent", StringComparison.Ordinal);
        facts = facts[..start] + "  lesions:" + lesionLines + "\n" + facts[end..];
        var path = Path.Combine(folder, name + ".yaml");
        File.WriteAllText(path, $"description: {lesions} lesions.\nfacts:\n  {facts}\n");
        return ScenarioReader.Read(path);
    }
}
