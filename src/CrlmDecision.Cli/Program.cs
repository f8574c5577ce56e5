using System.CommandLine;
using CrlmDecision.Cli;
using CrlmDecision.Cli.Commands;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;

var root = new RootCommand("crlm: decision support for colorectal cancer liver metastases (MDT use)")
{
    RecommendCommand.Create(),
    ReportCommand.Create(),
    ScenariosCommand.Create(),
    RulesCommand.Create(),
    BatchCommand.Create(),
    FactsCommand.Create(),
};

try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (InvalidFactsException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.InvalidFacts;
}
catch (RuleSetException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.RuleSetError;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
{
    // A path that cannot be read or written (missing folder, full disk, empty name): a message, never a stack trace.
    Console.Error.WriteLine("crlm: " + e.Message);
    return ExitCodes.Failed;
}
