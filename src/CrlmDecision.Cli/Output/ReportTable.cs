using System.Globalization;
using CrlmDecision.Localisation;
using CrlmDecision.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CrlmDecision.Cli.Output;

/// <summary>
/// The report for a person at a terminal, in English or Chinese, wrapped to the terminal's width (Spectre.Console):
/// the summary first, then the ranking table, the decisive facts, the basis of each option, notes, trials,
/// missing facts, the facts given, sources and the disclaimer.
/// </summary>
internal static class ReportTable
{
    /// <summary>The width when the output is not a terminal (a file or a pipe): wide enough for the table.</summary>
    public const int RedirectedWidth = 110;

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>, wrapped at <paramref name="width"/> columns.</summary>
    public static void Write(RecommendationReport report, ReportLanguage language, TextWriter output, int width) =>
        output.Write(Write(report, language, width));

    /// <summary>The report as text, wrapped at <paramref name="width"/> columns, without the padding Spectre leaves at line ends.</summary>
    public static string Write(RecommendationReport report, ReportLanguage language = ReportLanguage.English, int width = RedirectedWidth)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Render(report, language, text, width);
        return string.Join('\n', text.ToString().Split('\n').Select(line => line.TrimEnd()));
    }

    private static void Render(RecommendationReport report, ReportLanguage language, TextWriter output, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        var words = ReportWords.Of(language);

        console.Write(new Text(words.Heading("title") + (report.PatientId is null ? "" : " — " + report.PatientId) + "\n"));
        console.Write(new Text($"{words.Heading("ruleSet")}: {report.RuleSet.Id} {report.RuleSet.Version} (sha256 {report.RuleSet.Sha256[..12]}...)\n\n"));
        console.Write(new Panel(new Text(Unbreakable(report.SummaryIn(language)))) { Header = new PanelHeader(words.Heading("summary")), Expand = true, Border = BoxBorder.Ascii });

        if (report.FactWarnings.Count > 0)
        {
            Section(console, words.Heading("factWarnings"), report.FactWarnings.Select(w => ("?", w.Format())));
        }

        var table = new Table { Border = TableBorder.Simple, Expand = true };
        table.AddColumn("#");
        table.AddColumn(words.Heading("option"));
        table.AddColumn(words.Heading("strength"));
        table.AddColumn(new TableColumn(words.Heading("score")).RightAligned());
        table.AddColumn(words.Heading("details"));
        foreach (var o in report.Options)
        {
            var details = ReportText.Details(o, language);
            if (o.CombineWith.Count > 0)
            {
                details += $" ({words.Heading("combineWith")}: {string.Join(words.Heading("summary.list"), o.CombineWith.Select(c => words.Word(ContractWords.Of(c))))})";
            }

            table.AddRow(new Text(o.Rank.ToString(CultureInfo.InvariantCulture)), new Text(o.Names.Name.In(language)), new Text(words.Strength(o.Strength)),
                new Text(o.Score.ToString(CultureInfo.InvariantCulture)), new Text(Unbreakable(details)));
        }

        console.Write(table);

        Section(console, words.Heading("decisiveFacts"), report.DecisiveFacts.Count == 0
            ? [("", words.Heading("decisiveFactsNone"))]
            : report.DecisiveFacts.Select(d => ("*", $"{words.Fact(d.Fact)}: " + string.Join(words.Heading("summary.separator"),
                d.Outcomes.Select(o => $"{When(o, words)} → {Top(report, o, words)}")))).Append(("", words.Heading("decisiveFactsNote"))));

        foreach (var o in report.Options)
        {
            // + a reason; - a reason an exclusion overrules; ? a rule that could not decide a not-assessable option; ! a caution.
            var lines = o.Reasons.Select(s => ReportText.Overruled(s, language) is { } overruled ? ("-", overruled + ": " + ReportText.Statement(s, language))
                    : (o.Strength == Strength.NotAssessable ? "?" : "+", ReportText.Statement(s, language)))
                .Concat(o.Cautions.Select(s => ("!", ReportText.Statement(s, language))));
            Section(console, $"{o.Rank}. {o.Names.Title.In(language)}: {words.Strength(o.Strength)}", lines);
        }

        if (report.Notes.Count > 0)
        {
            Section(console, words.Heading("notes"), report.Notes.Select(n => ("•", ReportText.Statement(n, language))));
        }

        if (report.Trials.Count > 0)
        {
            Section(console, words.Heading("trials"), report.Trials.Select(t => ("•",
                $"{t.TitleIn(language)} [{t.TrialId}]: {t.SummaryIn(language)}")));
        }

        if (report.MissingFacts.Count > 0)
        {
            Section(console, words.Heading("missingFacts"), report.MissingFacts.Select(m => ("•",
                $"{ReportText.FactName(m.Fact, words)} ({words.Heading("neededBy")} {string.Join(", ", m.NeededBy)})")));
        }

        var known = report.Facts.Where(f => f.Value is not null).Select(f => $"{words.Fact(f.Fact)} {words.Value(f.Value)}");
        var unknown = report.Facts.Where(f => f.Value is null).Select(f => words.Fact(f.Fact));
        Section(console, words.Heading("facts"), [(words.Heading("known"), string.Join(words.Heading("summary.separator"), known)),
            (words.Heading("notKnown"), string.Join(words.Heading("summary.list"), unknown))]);

        Section(console, words.Heading("sources"), report.Citations.Select(c => (c.Key, c.Value.Text + (c.Value.Doi is null ? "" : " doi:" + c.Value.Doi))));
        console.Write(new Text("\n" + report.DisclaimerIn(language) + "\n"));
    }

    /// <summary>A what-if value as a person reads it: the word or yes/no in the language, a number range as written.</summary>
    public static string When(WhatIfOutcome outcome, ReportWords words) => outcome.Value is string or bool ? words.Value(outcome.Value) : outcome.When;

    private static string Top(RecommendationReport report, WhatIfOutcome outcome, ReportWords words)
    {
        var name = report.Options.First(o => o.Option == outcome.TopOption).Names.Name.In(words.Language);
        return $"{name} {words.Strength(outcome.Strength)}{(outcome.Changed ? "" : " (" + words.Heading("unchanged") + ")")}";
    }


    // Chinese has no spaces between words, so the few spaces in it (the review writes "<3 cm") are the only places
    // Spectre would break a line, leaving short lines before long runs: there, a line breaks where the width ends.
    private static string Unbreakable(string text) => text.Any(c => c >= '\u4e00' && c <= '\u9fff') ? text.Replace(' ', '\u00a0') : text;

    // A heading, then one row per line: a short mark or label, and the text wrapped to the width left.
    private static void Section(IAnsiConsole console, string heading, IEnumerable<(string Mark, string Text)> lines)
    {
        console.Write(new Text("\n" + heading + "\n"));
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1));
        grid.AddColumn();
        foreach (var (mark, text) in lines)
        {
            grid.AddRow(new IRenderable[] { new Text(mark), new Text(Unbreakable(text)) });
        }

        console.Write(grid);
    }
}
