using CrlmDecision.Cli;
using CrlmDecision.Cli.Authoring;
using CrlmDecision.Cli.Commands;
using CrlmDecision.Mutation;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Mutation;

/// <summary>The released rule set's mutation test, run once for the class (about a minute on two cores).</summary>
public sealed class ReleasedRuleSetMutationFixture
{
    public string Directory { get; } = Repository.RuleSet();

    public MutationReport Report { get; }

    public ReleasedRuleSetMutationFixture() => Report = RulesCommand.Mutation(Directory, []);
}

/// <summary>
/// <c>crlm rules mutate --min 95</c> on the newest released rule set: its scenarios catch at least 95% of the wrong
/// edits (90% of the moved thresholds), and every edit they do not catch is one accepted, with its reason, in
/// accepted-survivors.txt; so a new rule without its scenarios, or a deleted boundary scenario, fails here.
/// </summary>
public sealed class ReleasedRuleSetMutationTests(ReleasedRuleSetMutationFixture run) : IClassFixture<ReleasedRuleSetMutationFixture>
{
    private static readonly string AcceptedPath = Repository.Path_("tests", "CrlmDecision.Tests", "Mutation", "accepted-survivors.txt");

    [Fact]
    public void Mutate_ReleasedRuleSet_CatchesAtLeast95PercentAnd90OnThresholds()
    {
        var output = new StringWriter();

        var code = RulesCommand.Check(run.Report, 95, output);

        Assert.True(code == ExitCodes.Ok, output.ToString());
        Assert.True(run.Report.Score(MutationKind.Threshold) >= 90, $"thresholds: {run.Report.Score(MutationKind.Threshold)}%");
    }

    [Fact]
    public void Mutate_ReleasedRuleSet_EverySurvivorIsAccepted()
    {
        var problems = AcceptedSurvivors.Problems(run.Report, []);

        Assert.True(problems is null, problems);
    }

    [Fact]
    public void Mutate_BoundaryScenarioDeleted_FailsNamingTheRuleAndTheBoundary()
    {
        var copy = Fixtures.Copy(run.Directory);
        File.Delete(Path.Combine(copy, "scenarios", "boundary-recurrent-31mm-sbrt.yaml"));

        var report = RulesCommand.Mutation(copy, ["ABL-009"]);

        var problems = AcceptedSurvivors.Problems(report, ["ABL-009"]);
        Assert.NotNull(problems);
        Assert.Contains("no scenario pins ABL-009's threshold 30 on largestDiameterMm: `d.LargestDiameterMm <= 30` -> `d.LargestDiameterMm <= 31`", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleCatalogue_CheckedIn_EqualsGeneratedFromNewestReleasedRuleSetWithItsBoundaries()
    {
        var checkedIn = File.ReadAllText(Repository.Path_("docs", "rule-catalogue.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.True(checkedIn == RuleCatalogue.Write(RuleSet.Load(run.Directory), run.Report), $"docs/rule-catalogue.md is out of date: run `dotnet run --project src/CrlmDecision.Cli -- rules catalogue --out docs/rule-catalogue.md`");
    }

    private static class AcceptedSurvivors
    {
        // Survivors not in the accepted list (a boundary no scenario pins), and accepted ones now caught (a stale list),
        // of the rules in only (all when empty); null when there are none.
        public static string? Problems(MutationReport report, IReadOnlyCollection<string> only)
        {
            var accepted = File.ReadAllLines(AcceptedPath).Where(l => l.StartsWith("no scenario pins ", StringComparison.Ordinal))
                .Where(l => only.Count == 0 || only.Any(id => l.StartsWith($"no scenario pins {id}'s ", StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
            var survivors = report.Survivors.Select(m => m.Gap).ToHashSet(StringComparer.Ordinal);
            var unpinned = survivors.Except(accepted).Order(StringComparer.Ordinal).ToArray();
            var stale = accepted.Except(survivors).Order(StringComparer.Ordinal).ToArray();
            return unpinned.Length == 0 && stale.Length == 0 ? null
                : $"Wrong edits no scenario catches (add a boundary scenario, docs/rule-authoring.md section 11):\n  {string.Join("\n  ", unpinned)}\n" +
                  $"Accepted survivors now caught (remove them from {AcceptedPath}):\n  {string.Join("\n  ", stale)}";
        }
    }
}
