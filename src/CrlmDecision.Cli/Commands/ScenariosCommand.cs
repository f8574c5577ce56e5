using System.CommandLine;
using CrlmDecision.Cli.Scenarios;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleSets;

namespace CrlmDecision.Cli.Commands;

/// <summary><c>crlm scenarios run|verify|approve [DIR]</c>: the rule author's scenario snapshots.</summary>
internal static class ScenariosCommand
{
    public static Command Create()
    {
        var command = new Command("scenarios", "Run scenario files against their rule set and compare with approved snapshots");
        command.Subcommands.Add(Verb("run", "Print a summary table of every scenario", Run));
        command.Subcommands.Add(Verb("verify", "Compare each report with NAME.approved.json; write NAME.received.json and a diff on mismatch", Verify));
        command.Subcommands.Add(Verb("approve", "Accept the current reports as approved snapshots", Approve));
        return command;
    }

    private static Command Verb(string name, string description, Func<IReadOnlyList<ScenarioResult>, ParseResult, int> action)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "Scenario folder, or a rule-set folder holding scenarios/ (default: the newest rule set under rules/)",
            DefaultValueFactory = _ => DefaultDirectory(),
        };
        var only = new Option<string[]>("--only") { Description = "Only these scenario names", AllowMultipleArgumentsPerToken = true };
        var command = new Command(name, description) { directory, only };
        command.SetAction(result =>
        {
            var (ruleSet, scenarios) = Load(result.GetValue(directory)!, result.GetValue(only) ?? []);
            var engine = new CrlmDecisionEngine(ruleSet);
            return action(scenarios.Select(s => ScenarioCheck.Run(s, engine)).ToArray(), result);
        });
        return command;
    }

    internal static (RuleSet RuleSet, IReadOnlyList<Scenario> Scenarios) Load(string directory, IReadOnlyCollection<string> only)
    {
        var scenarioDir = Directory.Exists(Path.Combine(directory, "scenarios")) ? Path.Combine(directory, "scenarios") : directory;
        var ruleSetDir = Path.GetDirectoryName(Path.GetFullPath(scenarioDir))!;
        var ruleSet = RuleSet.Load(ruleSetDir);
        var scenarios = ScenarioReader.Files(scenarioDir)
            .Where(f => only.Count == 0 || only.Contains(Path.GetFileNameWithoutExtension(f)))
            .Select(ScenarioReader.Read)
            .ToArray();
        return (ruleSet, scenarios);
    }

    private static string DefaultDirectory()
    {
        var root = Path.Combine("rules", RuleSet.DefaultId);
        return Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => Path.GetFileName(d), SemanticVersionComparer.Instance).First()
            : ".";
    }

    private static int Run(IReadOnlyList<ScenarioResult> results, ParseResult _)
    {
        Console.Out.WriteLine($"{"scenario",-40} {"top",-10} {"strength",-12} {"snapshot",-9} expectations");
        foreach (var r in results)
        {
            var top = r.Report.Options[0];
            var snapshot = r.Approved is null ? "new" : r.MatchesSnapshot ? "same" : "CHANGED";
            var expect = r.Failures.Count == 0 ? "ok" : "FAILED: " + string.Join("; ", r.Failures);
            Console.Out.WriteLine($"{r.Scenario.Name,-40} {Words<TreatmentOption>.Of(top.Option),-10} {Words<Strength>.Of(top.Strength),-12} {snapshot,-9} {expect}");
        }

        return results.All(r => r.Passed) ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static int Verify(IReadOnlyList<ScenarioResult> results, ParseResult _)
    {
        foreach (var r in results.Where(r => !r.Passed))
        {
            Console.Out.WriteLine($"\n{r.Scenario.Name}: {(r.Approved is null ? "no approved snapshot" : r.MatchesSnapshot ? "snapshot matches" : "report changed")}");
            foreach (var failure in r.Failures)
            {
                Console.Out.WriteLine($"  expectation failed: {failure}");
            }

            if (!r.MatchesSnapshot)
            {
                File.WriteAllText(r.Scenario.ReceivedPath, r.Json);
                Console.Out.WriteLine($"  wrote {r.Scenario.ReceivedPath}");
                Console.Out.Write(SnapshotDiff.Describe(r.Approved, r.Json));
            }
        }

        var failed = results.Count(r => !r.Passed);
        Console.Out.WriteLine($"\n{results.Count - failed} of {results.Count} scenarios pass");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static int Approve(IReadOnlyList<ScenarioResult> results, ParseResult _)
    {
        foreach (var r in results.Where(r => !r.MatchesSnapshot))
        {
            File.WriteAllText(r.Scenario.ApprovedPath, r.Json);
            File.Delete(r.Scenario.ReceivedPath);
            Console.Out.WriteLine($"approved {r.Scenario.Name}");
        }

        foreach (var r in results.Where(r => r.Failures.Count > 0))
        {
            Console.Out.WriteLine($"{r.Scenario.Name}: expectations still fail: {string.Join("; ", r.Failures)}");
        }

        return results.All(r => r.Failures.Count == 0) ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
