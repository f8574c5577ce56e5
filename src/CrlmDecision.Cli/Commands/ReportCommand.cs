using System.CommandLine;
using System.Globalization;
using System.Text;
using CrlmDecision.Cli.Output;
using CrlmDecision.Cli.Output.Html;

namespace CrlmDecision.Cli.Commands;

/// <summary>
/// <c>crlm report FILE --out report.html [--lang en|zh-CN] [--date YYYY-MM-DD]</c>: the MDT's printable report, one
/// self-contained HTML page (A4, one or two pages) with the liver-segment diagram.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Patient facts, YAML or JSON (contract schemaVersion 1); - reads standard input" };
        var output = new Option<string>("--out") { Description = "The HTML file to write (its folder is created when missing)", Required = true };
        var date = new Option<string?>("--date") { Description = "The date printed in the header, YYYY-MM-DD (the report never reads the clock); none when absent" };
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--date '{value}' is not a date; write YYYY-MM-DD, e.g. 2026-12-07");
            }
        });
        var lang = LanguageOption.Create();
        var rules = new RuleSetLocation(embedded: true);
        var command = new Command("report", "Write the MDT's printable report (HTML, A4) with the liver-segment diagram, in English or Chinese") { file, output, date, lang };
        rules.AddTo(command);
        command.SetAction(result =>
        {
            var document = RecommendCommand.Read(result.GetValue(file)!);
            var report = new CrlmDecisionEngine(rules.Load(result)).Recommend(document);
            var html = HtmlReport.Write(report, document.Facts, LanguageOption.Of(result, lang), result.GetValue(date));
            var path = Path.GetFullPath(result.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return ExitCodes.Ok;
        });
        return command;
    }
}
