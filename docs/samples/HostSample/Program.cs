// A minimal host: registers CrlmDecision through DI, starts the host (which loads and compiles the rule
// set, or stops with the rule set's errors), then prints the ranked options for one facts file.
using System.Text.Json;
using CrlmDecision;
using CrlmDecision.DependencyInjection;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: HostSample FACTS.yaml");
    return 64;
}

var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true);
builder.Services.AddCrlmDecision(); // newest released embedded rule set; see docs/hosting.md for pinning

using var host = builder.Build();
await host.StartAsync(); // the rule set is loaded here: a bad one throws before any patient is seen

var engine = host.Services.GetRequiredService<ICrlmDecisionEngine>();
RecommendationReport report;
try
{
    report = engine.Recommend(FactsReader.ReadDocumentFile(args[0])); // validated once, errors name field and line
}
catch (InvalidFactsException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

// Contract words ("resection", "not-advised") come from plain System.Text.Json, no options needed.
static string Word<T>(T value) => JsonSerializer.Serialize(value).Trim('"');

Console.WriteLine($"Ranked options for {report.PatientId ?? "(no id)"} (rule set {report.RuleSet.Id} {report.RuleSet.Version}, sha256 {report.RuleSet.Sha256})");
foreach (var option in report.Options)
{
    Console.WriteLine($"{option.Rank}. {Word(option.Option)}: {Word(option.Strength)} (score {option.Score})");
    foreach (var reason in option.Reasons)
    {
        Console.WriteLine($"   + {reason.Text} [{reason.RuleId}; {string.Join(", ", reason.Citations)}]");
    }

    foreach (var caution in option.Cautions)
    {
        Console.WriteLine($"   ! {caution.Text} [{caution.RuleId}; {string.Join(", ", caution.Citations)}]");
    }
}

foreach (var missing in report.MissingFacts)
{
    Console.WriteLine($"missing: {missing.Fact} (needed by {string.Join(", ", missing.NeededBy)})");
}

Console.WriteLine(report.Disclaimer);
await host.StopAsync();
return 0;
