using System.Globalization;
using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.Reports;

namespace CrlmDecision.Cli.Output.Html;

/// <summary>
/// What the HTML template shows, every text already in the report's language: built from the report (and the facts,
/// for the liver diagram and the lesion table), so the template only lays it out.
/// </summary>
internal sealed class HtmlReportModel
{
    public required string Lang { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public required string PatientId { get; init; }

    public required string Date { get; init; }

    public required string RuleSet { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public required IReadOnlyList<NamedValue> Known { get; init; }

    public required string NotKnown { get; init; }

    public required IReadOnlyList<LesionRow> Lesions { get; init; }

    public required string Diagram { get; init; }

    public required IReadOnlyList<LegendRow> Legend { get; init; }

    public required IReadOnlyList<OptionView> Options { get; init; }

    public required IReadOnlyList<DecisiveView> Decisive { get; init; }

    public required IReadOnlyList<NamedValue> OtherMissing { get; init; }

    public required IReadOnlyList<StatementView> Notes { get; init; }

    public required IReadOnlyList<TrialView> Trials { get; init; }

    public required IReadOnlyList<Footnote> Footnotes { get; init; }

    public required string Disclaimer { get; init; }

    /// <summary>The model of <paramref name="report"/> for <paramref name="facts"/> in <paramref name="language"/>, dated <paramref name="date"/> (the caller's).</summary>
    public static HtmlReportModel Of(RecommendationReport report, PatientFacts facts, ReportLanguage language, string? date)
    {
        var words = ReportWords.Of(language);
        var notes = new FootnoteNumbers(report);
        var shared = report.Options
            .SelectMany(o => o.Cautions.Where(c => !c.Undecided || c.CouldExclude).Select(c => (Key: CautionKey(c), o.Rank)))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Rank).ToArray(), StringComparer.Ordinal);
        var diagram = LiverDiagram.Draw(facts, words.Heading("liverDiagram"), words.Heading("segmentUnknown"));
        var decisive = report.DecisiveFacts.Select(d => d.Fact).ToHashSet(StringComparer.Ordinal);
        return new HtmlReportModel
        {
            Lang = ReportLanguages.Tag(language),
            Labels = words.HeadingKeys.ToDictionary(key => key.Replace('.', '_'), words.Heading, StringComparer.Ordinal),
            PatientId = report.PatientId ?? "",
            Date = date ?? "",
            RuleSet = $"{report.RuleSet.Id} {report.RuleSet.Version} · sha256 {report.RuleSet.Sha256[..12]}",
            Summary = report.SummaryIn(language),
            Warnings = report.FactWarnings.Select(w => w.Format()).ToArray(),
            Known = report.Facts.Where(f => f.Value is not null).Select(f => new NamedValue(words.Fact(f.Fact), words.Value(f.Value))).ToArray(),
            NotKnown = string.Join(words.Heading("summary.list"), report.Facts.Where(f => f.Value is null).Select(f => words.Fact(f.Fact))),
            Lesions = LesionRows(facts, words),
            Diagram = diagram.Markup,
            Legend = diagram.Legend.Where(l => l.Shown)
                .Select(l => new LegendRow(l.Swatch.ToString(System.Xml.Linq.SaveOptions.DisableFormatting), language == ReportLanguage.Chinese ? l.Chinese : l.English))
                .ToArray(),
            Options = report.Options.Select(o => Option(report, o, words, notes, shared)).ToArray(),
            Decisive = report.DecisiveFacts.Select(d => new DecisiveView(words.Fact(d.Fact),
                d.Outcomes.Select(o => new OutcomeView(ReportTable.When(o, words), TopName(report, o, words), o.Changed)).ToArray())).ToArray(),
            OtherMissing = report.MissingFacts.Where(m => !decisive.Contains(m.Fact))
                .Select(m => new NamedValue(words.Fact(m.Fact), string.Join(", ", m.NeededBy))).ToArray(),
            Notes = report.Notes.Select(n => Statement(n, "•", words, notes)).ToArray(),
            Trials = report.Trials.Select(t => new TrialView(
                t.TitleIn(language),
                t.SummaryIn(language),
                t.TrialId,
                t.MatchedBecause.Select(s => Statement(s, "•", words, notes)).ToArray())).ToArray(),
            Footnotes = notes.All(),
            Disclaimer = report.DisclaimerIn(language),
        };
    }

    private static OptionView Option(RecommendationReport report, RankedOption o, ReportWords words, FootnoteNumbers notes, Dictionary<string, int[]> shared)
    {
        var details = ReportText.Details(o, words.Language);
        if (o.CombineWith.Count > 0)
        {
            details += (details.Length > 0 ? words.Heading("summary.separator") : "")
                + $"{words.Heading("combineWith")}: {string.Join(words.Heading("summary.list"), o.CombineWith.Select(c => words.Word(ContractWords.Of(c))))}";
        }

        // An exclusion that could not be ruled out is printed in full (hazard H11): the MDT must see what it would exclude.
        var reasons = o.Reasons.Where(s => !s.Undecided || s.CouldExclude).Select(s => ReportText.Overruled(s, words.Language) is { } overruled
            ? Statement(s, "−", words, notes) with { Lead = overruled }
            : Statement(s, o.Strength == Strength.NotAssessable ? "?" : "+", words, notes));
        // Rules that could not be evaluated (the reasons of a not-assessable option among them) are listed in one line with the facts each needs (the missing facts say which
        // rules need each fact); the page keeps its length for what the rules found.
        var undecided = o.Reasons.Concat(o.Cautions).Where(s => s.Undecided && !s.CouldExclude).Select(s => $"{s.RuleId} ({string.Join(words.Heading("summary.list"),
            report.MissingFacts.Where(m => m.NeededBy.Contains(s.RuleId)).Select(m => words.Fact(m.Fact)).DefaultIfEmpty(words.Heading("ruleFailed")))})");
        return new OptionView(o.Rank, o.Names.Title.In(words.Language), o.Names.Name.In(words.Language), words.Strength(o.Strength), ContractWords.Of(o.Strength),
            o.Score.ToString(CultureInfo.InvariantCulture), details, reasons.ToArray(),
            o.Cautions.Where(s => (!s.Undecided || s.CouldExclude) && shared[CautionKey(s)][0] == o.Rank).Select(s => Shared(Statement(s, s.Undecided ? "?" : "!", words, notes), shared[CautionKey(s)], words)).ToArray(),
            string.Join(words.Heading("summary.separator"), undecided));
    }

    // A caution several options share (e.g. GEN-005) is printed once, under the first of them, naming the others.
    private static string CautionKey(Statement s) => s.RuleId + "\n" + s.Text;

    private static StatementView Shared(StatementView view, int[] ranks, ReportWords words) => ranks.Length == 1
        ? view
        : view with { Lead = words.Format("alsoFor", string.Join(words.Heading("summary.list"), ranks.Skip(1))) };

    private static StatementView Statement(Statement s, string mark, ReportWords words, FootnoteNumbers notes) =>
        new(mark, "", s.TextIn(words.Language), ReportText.Basis(s, words).TrimEnd(' ', ';'), string.Join(",", notes.Of(s.Citations)));

    private static string TopName(RecommendationReport report, WhatIfOutcome outcome, ReportWords words) =>
        report.Options.First(o => o.Option == outcome.TopOption).Names.Name.In(words.Language) + " " + words.Strength(outcome.Strength);


    private static LesionRow[] LesionRows(PatientFacts facts, ReportWords words)
    {
        var listed = facts.Liver.Lesions;
        var rows = listed.Select((l, i) => new LesionRow(
            l.Id ?? "#" + (i + 1).ToString(CultureInfo.InvariantCulture),
            l.Segment is { } s ? LiverDiagram.Roman[s] : words.Heading("unknown"),
            l.DiameterMm is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : words.Heading("unknown"),
            l.Depth == LesionDepth.Unknown ? words.Heading("unknown") : words.Word(ContractWords.Of(l.Depth)))).ToList();
        var unlisted = (facts.Liver.LesionCount ?? 0) - listed.Count;
        if (unlisted > 0)
        {
            rows.Add(new LesionRow($"#{listed.Count + 1}–#{listed.Count + unlisted}", words.Heading("unknown"), words.Heading("unknown"), words.Heading("unknown")));
        }

        return [.. rows];
    }

    // Citation keys numbered in the order the report first cites them.
    private sealed class FootnoteNumbers(RecommendationReport report)
    {
        private readonly List<string> _keys = [];

        public int[] Of(IReadOnlyList<string> keys) => keys.Select(key =>
        {
            var at = _keys.IndexOf(key);
            if (at < 0)
            {
                _keys.Add(key);
                at = _keys.Count - 1;
            }

            return at + 1;
        }).ToArray();

        public Footnote[] All() => _keys
            .Select((key, i) => (Key: key, Number: i + 1, Entry: report.Citations[key]))
            .Select(c => new Footnote(c.Number, c.Key, c.Entry.Text, c.Entry.Doi ?? "", c.Entry.Doi is null ? "" : "https://doi.org/" + c.Entry.Doi))
            .ToArray();
    }
}

/// <summary>A label and its value.</summary>
internal sealed record NamedValue(string Name, string Value);

/// <summary>One lesion as the table lists it.</summary>
internal sealed record LesionRow(string Id, string Segment, string DiameterMm, string Depth);

/// <summary>One legend entry: its swatch (SVG markup) and text.</summary>
internal sealed record LegendRow(string Swatch, string Text);

/// <summary>One ranked option.</summary>
internal sealed record OptionView(int Rank, string Title, string Name, string Strength, string StrengthWord, string Score, string Details,
    IReadOnlyList<StatementView> Reasons, IReadOnlyList<StatementView> Cautions, string Undecided);

/// <summary>One sentence with its mark, lead (e.g. "Overruled by RES-004"), basis and footnote numbers.</summary>
internal sealed record StatementView(string Mark, string Lead, string Text, string Basis, string Notes);

/// <summary>A decisive fact and the top option for each of its values.</summary>
internal sealed record DecisiveView(string Fact, IReadOnlyList<OutcomeView> Outcomes);

/// <summary>One value of a decisive fact and the top option it gives.</summary>
internal sealed record OutcomeView(string When, string Top, bool Changed);

/// <summary>A matched trial.</summary>
internal sealed record TrialView(string Title, string Summary, string Id, IReadOnlyList<StatementView> Matched);

/// <summary>A numbered source.</summary>
internal sealed record Footnote(int Number, string Key, string Text, string Doi, string DoiUrl);
