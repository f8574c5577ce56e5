using CrlmDecision.Cli.Commands;
using CrlmDecision.Cli.Scenarios;
using CrlmDecision.Evaluation;
using CrlmDecision.Tests.Support;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Tests.Scenarios;

/// <summary>Every scenario of every rule set matches its approved snapshot and its expectations, as `crlm scenarios verify` checks.</summary>
public sealed class ScenarioSnapshotTests
{
    public static TheoryData<string> ScenarioFiles()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Repository.Path_("rules"), "scenarios", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var file in ScenarioReader.Files(dir))
            {
                data.Add(Path.GetRelativePath(Repository.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Scenario_MatchesApprovedSnapshotAndExpectations(string file)
    {
        var scenarioDir = Path.GetDirectoryName(Path.Combine(Repository.Root, file))!;
        var (ruleSet, scenarios) = ScenariosCommand.Load(scenarioDir, [Path.GetFileNameWithoutExtension(file)]);
        var result = ScenarioCheck.Run(scenarios.Single(), new CrlmDecisionEngine(ruleSet));

        Assert.Empty(result.Failures);
        Assert.True(result.Approved is not null, $"{file} has no approved snapshot: run `crlm scenarios approve` after reading the report");
        Assert.True(result.MatchesSnapshot, $"{file}: report differs from the approved snapshot:\n{SnapshotDiff.Describe(result.Approved, result.Json)}");
    }
}
