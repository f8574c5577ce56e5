using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CrlmDecision.Cli.Authoring;
using CrlmDecision.Cli.Mutation;
using CrlmDecision.Cli.Scenarios;
using CrlmDecision.Mutation;
using CrlmDecision.RuleModel;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Cli.Commands;

/// <summary><c>crlm rules lint|catalogue|diff|facts|graph</c>: the rule author's workbench.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Check, document and compare rule sets");
        command.Subcommands.Add(Lint());
        command.Subcommands.Add(Catalogue());
        command.Subcommands.Add(Diff());
        command.Subcommands.Add(Facts());
        command.Subcommands.Add(Graph());
        command.Subcommands.Add(Mutate());
        return command;
    }

    private static Command Lint()
    {
        var location = new RuleSetLocation();
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when there are warnings (exit 3 on errors either way)" };
        var command = new Command("lint", "Load and compile a rule set and list every problem (file:line [id]: message (fix: hint)) and its content SHA-256") { strict };
        location.AddTo(command);
        command.SetAction(result => LintReport.Run(location.Resolve(result), result.GetValue(strict), Console.Out));
        return command;
    }

    private static Command Catalogue()
    {
        var location = new RuleSetLocation();
        var output = new Option<string?>("--out") { Description = "Write the catalogue to this file (e.g. docs/rule-catalogue.md) instead of the console" };
        var command = new Command("catalogue", "Write the human-readable catalogue of a rule set (Markdown); with scenarios/, whether each rule's boundaries are pinned (runs the mutation test)") { output };
        location.AddTo(command);
        command.SetAction(result =>
        {
            var directory = location.Resolve(result);
            var mutation = Directory.Exists(Path.Combine(directory, "scenarios")) ? Mutation(directory, []) : null;
            return WriteOut(RuleCatalogue.Write(RuleSet.Load(directory), mutation), result.GetValue(output));
        });
        return command;
    }

    private static Command Diff()
    {
        var before = new Argument<string>("OLD") { Description = "Rule-set folder, or a version under rules/crlm-local-therapy" };
        var after = new Argument<string>("NEW") { Description = "Rule-set folder, or a version under rules/crlm-local-therapy" };
        var scenarios = new Option<string?>("--scenarios") { Description = "Scenario folder to compare over (default: NEW's scenarios/)" };
        var command = new Command("diff", "List rules added, removed and changed between two versions and every scenario whose recommendation changes") { before, after, scenarios };
        command.SetAction(result =>
        {
            var oldDir = RuleSetLocation.FolderOrVersion(result.GetValue(before)!, Environment.CurrentDirectory);
            var newDir = RuleSetLocation.FolderOrVersion(result.GetValue(after)!, Environment.CurrentDirectory);
            var comparison = Compare(oldDir, newDir, result.GetValue(scenarios));
            comparison.Write(Console.Out, oldDir, newDir);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads both rule sets and the scenarios (default: NEW's scenarios/) and compares them.</summary>
    internal static RuleSetComparison Compare(string oldDir, string newDir, string? scenarioDir)
    {
        var folder = scenarioDir ?? Path.Combine(newDir, "scenarios");
        var scenarios = Directory.Exists(folder) ? ScenarioReader.Files(folder).Select(ScenarioReader.Read).ToArray() : [];
        return RuleSetComparison.Compare(RuleSet.Load(oldDir), RuleSet.Load(newDir), scenarios);
    }

    private static Command Graph()
    {
        var location = new RuleSetLocation();
        var format = new Option<string>("--format") { Description = "dot (Graphviz) or mermaid", DefaultValueFactory = _ => "dot" };
        format.AcceptOnlyFromAmong("dot", "mermaid");
        var output = new Option<string?>("--out") { Description = "Write the graph to this file instead of the console" };
        var command = new Command("graph", "Write the compiled Rete network of a rule set: how the patient, derived facts and verdicts flow into each rule") { format, output };
        location.AddTo(command);
        command.SetAction(result => WriteOut(location.Load(result).WriteNetwork(mermaid: result.GetValue(format) == "mermaid"), result.GetValue(output)));
        return command;
    }

    private static Command Mutate()
    {
        var location = new RuleSetLocation();
        var only = new Option<string[]>("--only") { Description = "Only these rules (ids) or derived facts (names)", AllowMultipleArgumentsPerToken = true };
        var min = new Option<decimal?>("--min") { Description = "Exit 1 when the overall score (percent of wrong edits caught) is below this" };
        var command = new Command("mutate", "Make small wrong edits to each rule and derived fact and say which ones no scenario catches") { only, min };
        location.AddTo(command);
        command.SetAction(result => RunMutation(location.Resolve(result), result.GetValue(only) ?? [], result.GetValue(min), Console.Out));
        return command;
    }

    /// <summary>
    /// Mutation testing of the rule set in <paramref name="directory"/> against its scenarios/; exit 1 when the overall
    /// score is below <paramref name="min"/> percent.
    /// </summary>
    internal static int RunMutation(string directory, IReadOnlyCollection<string> only, decimal? min, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var report = Mutation(directory, only);
        MutationReportText.Write(report, output, clock.Elapsed);
        return Check(report, min, output);
    }

    /// <summary>Exit 1, saying so, when the overall score of <paramref name="report"/> is below <paramref name="min"/> percent.</summary>
    internal static int Check(MutationReport report, decimal? min, TextWriter output)
    {
        if (min is { } wanted && report.Score() < wanted)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED: {report.Score():0.0}% of wrong edits caught, below --min {wanted}"));
            return ExitCodes.Failed;
        }

        return ExitCodes.Ok;
    }

    /// <summary>The mutation report of the rule set in <paramref name="directory"/> against its scenarios/.</summary>
    internal static MutationReport Mutation(string directory, IReadOnlyCollection<string> only)
    {
        var folder = Path.Combine(directory, "scenarios");
        var scenarios = Directory.Exists(folder) ? ScenarioReader.Files(folder).Select(ScenarioReader.Read).ToArray() : [];
        return RuleSetMutation.Run(directory, scenarios, only);
    }

    /// <summary>Writes generated text to <paramref name="file"/> (saying so), or to the console when there is none.</summary>
    internal static int WriteOut(string text, string? file)
    {
        if (file is null)
        {
            Console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(file, text);
            Console.Out.WriteLine($"wrote {file}");
        }

        return ExitCodes.Ok;
    }

    private static Command Facts()
    {
        var command = new Command("facts", "Print the facts rule expressions can read, as a Markdown table (generated from the types)");
        command.SetAction(_ =>
        {
            Console.Out.Write(FactsTable.Write());
            return ExitCodes.Ok;
        });
        return command;
    }
}
