using System.CommandLine;
using System.Text.Json.Nodes;
using CrlmDecision.Cli.Scenarios;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Cli.Commands;

/// <summary>
/// The evaluated scenarios of one rule set, and the rule-set arguments that chose it (e.g.
/// <c>--rules-version 1.1.0-draft</c>), so a printed hint is a command that works when pasted.
/// </summary>
internal sealed record ScenarioRun(IReadOnlyList<ScenarioResult> Results, string LocationArguments);

/// <summary><c>crlm scenarios run|verify|approve [DIR]</c>: the rule author's scenario snapshots.</summary>
internal static class ScenariosCommand
{
    public static Command Create()
    {
        var command = new Command("scenarios", "Run scenario files against their rule set and compare with approved snapshots");
        command.Subcommands.Add(Verb("run", "Print a summary table of every scenario", Run));
        command.Subcommands.Add(Verb("verify", "Compare each report with NAME.approved.json; write NAME.received.json and say what changed on a mismatch", Verify));
        command.Subcommands.Add(Verb("approve", "Accept the reports that differ from their snapshot (all, or those named with --only)", Approve));
        return command;
    }

    private static Command Verb(string name, string description, Func<ScenarioRun, TextWriter, int> action)
    {
        var location = new RuleSetLocation();
        location.Argument.Description = "Scenario folder, or a rule-set folder holding scenarios/ (default: the newest released version under rules/crlm-local-therapy)";
        var only = new Option<string[]>("--only") { Description = "Only these scenario names", AllowMultipleArgumentsPerToken = true };
        var command = new Command(name, description) { only };
        location.AddTo(command);
        command.SetAction(result => Execute(action, location.Resolve(result), result.GetValue(only) ?? [], Console.Out, location.Arguments(result)));
        return command;
    }

    /// <summary>
    /// Runs a verb over the scenarios of <paramref name="directory"/>; the exit code is non-zero when anything
    /// differs or fails. Hints name the rule set by <paramref name="locationArguments"/> (default: the folder).
    /// </summary>
    internal static int Execute(Func<ScenarioRun, TextWriter, int> action, string directory, IReadOnlyCollection<string> only, TextWriter output, string? locationArguments = null)
    {
        var (ruleSet, scenarios) = Load(directory, only);
        var unknown = only.Where(n => scenarios.All(s => s.Name != n)).ToArray();
        if (unknown.Length > 0)
        {
            output.WriteLine($"no scenario named {string.Join(", ", unknown)} in {directory}");
            return ExitCodes.Failed;
        }

        var engine = new CrlmDecisionEngine(ruleSet);
        return action(new ScenarioRun(scenarios.Select(s => ScenarioCheck.Run(s, engine)).ToArray(), locationArguments ?? RuleSetLocation.Quote(directory)), output);
    }

    internal static (RuleSet RuleSet, IReadOnlyList<Scenario> Scenarios) Load(string directory, IReadOnlyCollection<string> only)
    {
        if (!Directory.Exists(directory))
        {
            throw new RuleSetException(directory, [new RuleSetError(directory, 0, null, "scenario folder not found", "pass a rule-set folder holding scenarios/, or the scenarios folder itself")]);
        }

        var scenarioDir = Directory.Exists(Path.Combine(directory, "scenarios")) ? Path.Combine(directory, "scenarios") : directory;
        var ruleSetDir = Path.GetDirectoryName(Path.GetFullPath(scenarioDir))!;
        var ruleSet = RuleSet.Load(ruleSetDir);
        var scenarios = ScenarioReader.Files(scenarioDir)
            .Where(f => only.Count == 0 || only.Contains(Path.GetFileNameWithoutExtension(f)))
            .Select(ScenarioReader.Read)
            .ToArray();
        return (ruleSet, scenarios);
    }

    internal static int Run(ScenarioRun run, TextWriter output)
    {
        var results = run.Results;
        var width = results.Select(r => r.Scenario.Name.Length).Append("scenario".Length).Max();
        output.WriteLine($"{"scenario".PadRight(width)} {"top",-10} {"strength",-12} {"snapshot",-9} expectations");
        foreach (var r in results)
        {
            var top = r.Report.Options[0];
            var expect = r.Failures.Count == 0 ? "ok" : "FAILED: " + string.Join("; ", r.Failures);
            output.WriteLine($"{r.Scenario.Name.PadRight(width)} {ContractWords.Of(top.Option),-10} {ContractWords.Of(top.Strength),-12} {Snapshot(r),-9} {expect}");
        }

        output.WriteLine($"{results.Count} scenarios: {results.Count(r => r.MatchesSnapshot)} same, {results.Count(r => r.Approved is not null && !r.MatchesSnapshot)} changed, {results.Count(r => r.Approved is null)} new, {results.Count(r => r.Failures.Count > 0)} with failed expectations");
        WriteIdentityNote(results, output);
        return results.All(r => r.Passed) ? ExitCodes.Ok : ExitCodes.Failed;
    }

    internal static int Verify(ScenarioRun run, TextWriter output)
    {
        var results = run.Results;
        foreach (var r in results)
        {
            if (r.Passed)
            {
                File.Delete(r.Scenario.ReceivedPath);
                continue;
            }

            output.WriteLine($"\n{r.Scenario.Name}: {(r.Approved is null ? "no approved snapshot" : r.MatchesSnapshot ? "snapshot matches" : "report changed")}");
            foreach (var failure in r.Failures)
            {
                output.WriteLine($"  expectation failed: {failure}");
            }

            if (!r.MatchesSnapshot)
            {
                File.WriteAllText(r.Scenario.ReceivedPath, r.Json);
                output.WriteLine($"  wrote {r.Scenario.ReceivedPath}");
                WriteChanges(r, output);
                output.WriteLine("  accept with: " + string.Join(' ', new[] { "crlm scenarios approve", run.LocationArguments, "--only", r.Scenario.Name }.Where(w => w.Length > 0)));
            }
        }

        var failed = results.Count(r => !r.Passed);
        output.WriteLine($"\n{results.Count - failed} of {results.Count} scenarios pass");
        WriteIdentityNote(results, output);
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    internal static int Approve(ScenarioRun run, TextWriter output)
    {
        var results = run.Results;
        var pending = results.Where(r => !r.MatchesSnapshot).ToArray();
        if (pending.Length == 0)
        {
            output.WriteLine("nothing to approve: every report matches its snapshot");
        }

        WriteIdentityNote(results, output);

        foreach (var r in pending)
        {
            output.WriteLine($"approved {r.Scenario.Name}");
            WriteChanges(r, output);
            File.WriteAllText(r.Scenario.ApprovedPath, r.Json);
            File.Delete(r.Scenario.ReceivedPath);
        }

        foreach (var r in results.Where(r => r.Failures.Count > 0))
        {
            output.WriteLine($"{r.Scenario.Name}: expectations still fail: {string.Join("; ", r.Failures)}");
        }

        return results.All(r => r.Failures.Count == 0) ? ExitCodes.Ok : ExitCodes.Failed;
    }

    // A snapshot keeps the identity it was approved with; another version or hash alone is not a change.
    private static void WriteIdentityNote(IReadOnlyList<ScenarioResult> results, TextWriter output)
    {
        if (results.FirstOrDefault(r => r.OnlyIdentityDiffers) is not { } first)
        {
            return;
        }

        var was = JsonNode.Parse(first.Approved!)?["ruleSet"];
        var now = first.Report.RuleSet;
        output.WriteLine($"{results.Count(r => r.OnlyIdentityDiffers)} snapshot(s) differ only in the rule set's identity "
            + $"(approved with {was?["version"]} sha256 {Short(was?["sha256"]?.GetValue<string>())}, now {now.Version} sha256 {Short(now.Sha256)}): "
            + "not a clinical change; they pass and are not rewritten");
    }

    private static string Short(string? sha256) => sha256 is { Length: > 12 } ? sha256[..12] + "..." : sha256 ?? "(none)";

    private static string Snapshot(ScenarioResult r) => r.Approved is null ? "new" : r.MatchesSnapshot ? "same" : "CHANGED";

    // What a reader sees first: the clinical change; the raw line diff only when nothing clinical changed.
    private static void WriteChanges(ScenarioResult r, TextWriter output)
    {
        if (r.Approved is null)
        {
            output.WriteLine($"  new report: top {ContractWords.Of(r.Report.Options[0].Option)} ({ContractWords.Of(r.Report.Options[0].Strength)})");
            return;
        }

        var changes = ReportChanges.Describe(ReportSummary.Parse(r.Approved), ReportSummary.Parse(r.Json));
        if (changes.Count == 0)
        {
            output.WriteLine("  no change in the options, notes, trials or missing facts; other lines of the snapshot differ:");
            output.Write(SnapshotDiff.Describe(r.Approved, r.Json));
            return;
        }

        foreach (var line in changes)
        {
            output.WriteLine("  " + line);
        }
    }
}
