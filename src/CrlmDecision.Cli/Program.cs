using System.CommandLine;
using CrlmDecision.Cli;
using CrlmDecision.Cli.Commands;
using CrlmDecision.Facts;
using CrlmDecision.RuleSets;

var root = new RootCommand("crlm: decision support for colorectal cancer liver metastases (MDT use)")
{
    RecommendCommand.Create(),
    ScenariosCommand.Create(),
    RulesCommand.Create(),
    BatchCommand.Create(),
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
