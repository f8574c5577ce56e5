using System.CommandLine;
using System.Text;
using CrlmDecision.Cli.Batch;
using CrlmDecision.Evaluation;
using Spectre.Console;

namespace CrlmDecision.Cli.Commands;

/// <summary>
/// <c>crlm batch INPUT --out OUTPUT</c>: a cohort (JSON Lines or a directory of facts files) evaluated on every
/// core, results as JSON Lines in input order, a summary on stdout; <c>crlm batch --generate N --out FILE</c>
/// writes a synthetic cohort.
/// </summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var input = new Argument<string?>("INPUT")
        {
            Description = "JSON Lines file (one facts document per line, optional \"mdtDecision\", and \"mdtDecisionSource\": \"synthetic\" when generated) or a directory of facts files",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string>("--out") { Description = "Output JSON Lines file: one report (or error object) per input, in input order", Required = true };
        var generate = new Option<int?>("--generate") { Description = "Write N synthetic patients (with a synthetic mdtDecision, marked as such) as JSON Lines to --out instead of evaluating" };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic cohort", DefaultValueFactory = _ => 7 };
        var parallel = new Option<int?>("--parallelism") { Description = "Worker threads; the default is this machine's processor count" };
        var rules = new RuleSetLocation(embedded: true);
        var command = new Command("batch", "Evaluate a cohort in parallel, or generate a synthetic one") { input, output, generate, seed, parallel };
        rules.AddTo(command);
        command.SetAction(result =>
        {
            var outPath = result.GetValue(output)!;
            if (result.GetValue(generate) is { } count)
            {
                Generate(count, result.GetValue(seed), outPath);
                return ExitCodes.Ok;
            }

            if (result.GetValue(input) is not { } inPath || !(File.Exists(inPath) || Directory.Exists(inPath)))
            {
                Console.Error.WriteLine("batch: INPUT must be an existing JSON Lines file or directory (or use --generate N)");
                return ExitCodes.Failed;
            }

            var engine = new CrlmDecisionEngine(rules.Load(result));
            using var writer = Create(outPath);
            var summary = Console.IsErrorRedirected
                ? Run(engine, inPath, writer, result.GetValue(parallel) ?? Environment.ProcessorCount, null)
                : WithProgress(engine, inPath, writer, result.GetValue(parallel) ?? Environment.ProcessorCount);
            Console.Out.Write(summary.Write());
            return summary.Errors == 0 ? ExitCodes.Ok : ExitCodes.InvalidFacts;
        });
        return command;
    }

    /// <summary>Evaluates the cohort at <paramref name="input"/>, writing one line per item to <paramref name="output"/>.</summary>
    public static BatchSummary Run(ICrlmDecisionEngine engine, string input, TextWriter output, int workers, Action<BatchResult>? progress, int window = 1024)
    {
        var summary = new BatchSummary();
        var runner = new BatchRunner(new BatchEvaluator(engine), workers) { Window = window };
        runner.RunAsync(BatchInput.Read(input), r =>
        {
            output.WriteLine(r.Json);
            summary.Add(r);
            progress?.Invoke(r);
        }).GetAwaiter().GetResult();
        output.Flush();
        return summary;
    }

    private static BatchSummary WithProgress(ICrlmDecisionEngine engine, string input, TextWriter output, int workers)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var total = BatchInput.Size(input);
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("evaluating", maxValue: Math.Max(1, total));
                return Run(engine, input, output, workers, r => task.Increment(r.Bytes));
            });
    }

    private static void Generate(int count, int seed, string path)
    {
        using var writer = Create(path);
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine(SyntheticCohort.JsonLine(i, withDecision: true, seed));
        }
    }

    // The output's folder is created (e.g. out/, which .gitignore keeps out of the repository).
    private static StreamWriter Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }
}
