using System.Globalization;
using CrlmDecision.Localisation;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>Plain-text pieces shared by the Markdown and table writers.</summary>
public static class ReportText
{
    /// <summary>Details as <c>key=value</c> pairs in key order.</summary>
    public static string Details(IReadOnlyDictionary<string, object> details) => Details(details, ReportLanguage.English);

    /// <summary>
    /// An option's details, then each pending detail as <c>key=value if RULE applies — FACTS unknown</c>, e.g.
    /// <c>marginMm=5; marginMm=10 if ABL-006 applies — molecular.ras unknown</c>.
    /// </summary>
    public static string Details(RankedOption option) => Details(option, ReportLanguage.English);

    /// <summary>The lead of a reason an exclusion overrules (<c>Overruled by RES-003</c>); null when it is not overruled.</summary>
    public static string? Overruled(Statement statement) => Overruled(statement, ReportLanguage.English);

    /// <summary>A statement with its rule, evidence, section and citations.</summary>
    public static string Statement(Statement statement) => Statement(statement, ReportLanguage.English);

    /// <summary>Details as <c>key=value</c> pairs in key order, keys and words in <paramref name="language"/>.</summary>
    public static string Details(IReadOnlyDictionary<string, object> details, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(details);
        var words = ReportWords.Of(language);
        return string.Join(words.Heading("summary.list"), details.Select(d => $"{words.Word(d.Key)}={words.Value(d.Value)}"));
    }

    /// <summary>An option's details and pending details (see <see cref="Details(RankedOption)"/>) in <paramref name="language"/>.</summary>
    public static string Details(RankedOption option, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(option);
        var words = ReportWords.Of(language);
        var pending = option.PendingDetails.Select(p => words.Format("pendingIf", words.Word(p.Key), words.Value(p.Value), p.RuleId,
            p.MissingFacts.Count == 0 ? words.Heading("aFact") : string.Join(words.Heading("summary.list"), p.MissingFacts.Select(f => FactName(f, words)))));
        return string.Join(words.Heading("summary.separator"), new[] { Details(option.Details, language) }.Concat(pending).Where(part => part.Length > 0));
    }

    /// <summary>
    /// An option in a few words, as the report's summary names its top option: its short name, strength and the
    /// decided details that name the procedure, e.g. <c>Resection recommended (laparoscopic, parenchymal-sparing)</c>.
    /// </summary>
    public static string Headline(RankedOption option, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(option);
        return SummaryLine.Headline(option, ReportWords.Of(language));
    }

    /// <summary>A fact as a sentence names it: by its path in English (what to fill in), by its name in Chinese.</summary>
    public static string FactName(string path, ReportWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Language == ReportLanguage.English ? path : words.Fact(path);
    }

    /// <summary>The lead of a reason an exclusion overrules, in <paramref name="language"/>; null when it is not overruled.</summary>
    public static string? Overruled(Statement statement, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return statement.OverruledBy is { Count: > 0 } by ? ReportWords.Of(language).Format("overruledBy", string.Join(", ", by)) : null;
    }

    /// <summary>A statement in <paramref name="language"/> with its rule, evidence, section and citations.</summary>
    public static string Statement(Statement statement, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var words = ReportWords.Of(language);
        return $"{statement.TextIn(language)} [{Basis(statement, words)}{string.Join(", ", statement.Citations)}]";
    }

    /// <summary>The rule, evidence and review section of a statement, each followed by <c>; </c>: <c>RES-001; guideline; review 2.1.1; </c>.</summary>
    public static string Basis(Statement statement, ReportWords words)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(words);
        var evidence = statement.Evidence is { } e ? words.Word(Facts.Words<EvidenceLevel>.Of(e)) + "; " : "";
        var section = statement.Section is null ? "" : words.Heading("review") + " " + statement.Section + "; ";
        return $"{statement.RuleId}; {evidence}{section}";
    }
}
