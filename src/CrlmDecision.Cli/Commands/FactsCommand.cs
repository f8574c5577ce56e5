using System.CommandLine;
using CrlmDecision.Cli.Authoring;
using CrlmDecision.Facts;

namespace CrlmDecision.Cli.Commands;

/// <summary><c>crlm facts schema|reference</c>: the facts contract for people and editors, generated from the types.</summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var command = new Command("facts", "Document the patient facts file: its JSON Schema and the clinicians' reference");
        command.Subcommands.Add(Generated("schema", $"Write the JSON Schema of the facts file (e.g. --out {FactsSchema.RepositoryPath})", FactsSchema.Write));
        command.Subcommands.Add(Generated("reference", "Write the clinicians' reference of every fact (e.g. --out docs/facts-reference.md)", FactsReference.Write));
        return command;
    }

    private static Command Generated(string name, string description, Func<string> write)
    {
        var output = new Option<string?>("--out") { Description = "Write to this file instead of the console" };
        var command = new Command(name, description) { output };
        command.SetAction(result => RulesCommand.WriteOut(write(), result.GetValue(output)));
        return command;
    }
}
