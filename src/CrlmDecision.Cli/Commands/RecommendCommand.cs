using System.CommandLine;
using CrlmDecision.Cli.Output;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Cli.Commands;

/// <summary><c>crlm recommend FILE|- [--format table|json|markdown]</c>: one patient's ranked options.</summary>
internal static class RecommendCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Patient facts, YAML or JSON (contract schemaVersion 1); - reads standard input" };
        var format = new Option<string>("--format")
        {
            Description = "table (for a person), json (the contract), markdown",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var lang = LanguageOption.Create();
        var rules = new RuleSetLocation(embedded: true);
        var command = new Command("recommend", "Rank the six local options for one patient, with reasons and citations") { file, format, lang };
        rules.AddTo(command);
        command.SetAction(result =>
        {
            // Read, not yet validated: Recommend validates it once, each error with the field path and line.
            var document = Read(result.GetValue(file)!);
            var report = new CrlmDecisionEngine(rules.Load(result)).Recommend(document);
            var language = LanguageOption.Of(result, lang);
            switch (result.GetValue(format))
            {
                case "json":
                    Console.Out.Write(ReportJson.Serialize(report, language) + "\n");
                    break;
                case "markdown":
                    Console.Out.Write(ReportMarkdown.Write(report) + "\n");
                    break;
                default:
                    ReportTable.Write(report, language, Console.Out, TerminalWidth());
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // The terminal's width, or a fixed width when the output goes to a file or a pipe (so it does not depend on where it runs).
    private static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected || Console.WindowWidth < 40 ? ReportTable.RedirectedWidth : Console.WindowWidth;
        }
        catch (IOException)
        {
            return ReportTable.RedirectedWidth;
        }
    }

    /// <summary>The facts document of <paramref name="file"/>, or of standard input for <c>-</c>.</summary>
    internal static FactsDocument Read(string file)
    {
        if (file == "-")
        {
            return FactsReader.ReadDocument(Console.In.ReadToEnd(), "<stdin>");
        }

        // A file that cannot be opened is the caller's mistake, exit 1 (IOException, UnauthorizedAccessException
        // in Program); exit 2 is kept for facts that were read and are invalid.
        using (File.OpenRead(file))
        {
        }

        return FactsReader.ReadDocumentFile(file);
    }
}
