using System.CommandLine;
using CrlmDecision.Localisation;

namespace CrlmDecision.Cli.Output;

/// <summary>The <c>--lang en|zh-CN</c> option of the commands that write a report for a person.</summary>
internal static class LanguageOption
{
    public static Option<string> Create()
    {
        var lang = new Option<string>("--lang")
        {
            Description = "Language of the report: en (English) or zh-CN (Simplified Chinese; rule texts quote the review); JSON keeps the contract's words and adds the localised texts",
            DefaultValueFactory = _ => "en",
        };
        lang.AcceptOnlyFromAmong([.. ReportLanguages.Tags]);
        return lang;
    }

    public static ReportLanguage Of(ParseResult result, Option<string> option) =>
        ReportLanguages.TryParse(result.GetValue(option)!, out var language) ? language : ReportLanguage.English;
}
