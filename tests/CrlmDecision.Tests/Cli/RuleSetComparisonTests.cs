using CrlmDecision.Cli.Commands;
using CrlmDecision.Tests.Support;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Tests.Cli;

/// <summary>
/// <c>crlm rules diff</c> between the fixture 1.0.0 and 1.1.0-draft, which differ in known ways: FIX-001's
/// details and because-text changed, FIX-002 removed, FIX-004 added (SBRT for R0 not feasible and ECOG 0-1).
/// </summary>
public sealed class RuleSetComparisonTests
{
    private static readonly CrlmDecision.Cli.Authoring.RuleSetComparison Diff =
        RulesCommand.Compare(Fixtures.Version("1.0.0"), Fixtures.Version("1.1.0-draft"), null);

    [Fact]
    public void Compare_FixtureVersions_ListsAddedRemovedAndChangedRules()
    {
        Assert.Equal(["FIX-004"], Diff.Added);
        Assert.Equal(["FIX-002"], Diff.Removed);
        var changed = Assert.Single(Diff.Changed);
        Assert.Equal("FIX-001", changed.Id);
        Assert.Equal(["details", "because"], changed.Fields);
        Assert.Empty(Diff.DerivedChanged);
    }

    [Fact]
    public void Compare_FixtureVersions_ListsExactlyTheScenariosWhoseRecommendationChanges()
    {
        Assert.Equal(3, Diff.ScenarioCount);
        Assert.Equal(["solitary-fit", "unresectable-fit"], Diff.Scenarios.Select(s => s.Scenario));
    }

    [Fact]
    public void Compare_FixtureVersions_ShowsBeforeAndAfter()
    {
        var solitary = Diff.Scenarios.Single(s => s.Scenario == "solitary-fit").Changes;
        var unresectable = Diff.Scenarios.Single(s => s.Scenario == "unresectable-fit").Changes;

        Assert.Contains("  details.approach: open -> laparoscopic", solitary);
        Assert.Contains("  strength: consider -> not-advised", solitary);
        Assert.Contains(solitary, l => l.StartsWith("  - reason FIX-002", StringComparison.Ordinal));
        Assert.Contains(unresectable, l => l.StartsWith("ranking: resection > ablation > sbrt", StringComparison.Ordinal) && l.EndsWith("->  sbrt > resection > ablation > sirt > haic > tace", StringComparison.Ordinal));
        Assert.Contains(unresectable, l => l.StartsWith("  + reason FIX-004", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_SameVersion_NothingChanges()
    {
        var diff = RulesCommand.Compare(Fixtures.Version("1.0.0"), Fixtures.Version("0.9.0"), Path.Combine(Fixtures.Version("1.0.0"), "scenarios"));

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
        Assert.Empty(diff.Scenarios);
    }
}
