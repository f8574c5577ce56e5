using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrlmDecision.Localisation;

namespace CrlmDecision.Reports;

/// <summary>Writes a report as the contract's JSON: indented, invariant, byte-identical for the same report.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions CompactOptions = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as one line of JSON (for JSON Lines output); same content as <see cref="Serialize(RecommendationReport)"/>.</summary>
    public static string SerializeCompact(RecommendationReport report) => JsonSerializer.Serialize(report, CompactOptions);

    private static readonly JsonSerializerOptions ChineseOptions = new(Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LocalTexts(ReportLanguage.Chinese) } },
    };

    /// <summary>The report as JSON text (LF line ends, no trailing newline).</summary>
    public static string Serialize(RecommendationReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>
    /// The report as JSON text with its texts also in <paramref name="language"/>: the contract's fields and words
    /// unchanged, and beside them <c>lang</c>, <c>localSummary</c>, <c>localDisclaimer</c>, each option's
    /// <c>localTitle</c> and <c>localName</c>, each sentence's <c>localText</c> and each trial's <c>localTitle</c>
    /// and <c>localSummary</c>. English gives the contract's JSON exactly.
    /// </summary>
    public static string Serialize(RecommendationReport report, ReportLanguage language) =>
        JsonSerializer.Serialize(report, language == ReportLanguage.Chinese ? ChineseOptions : Options);

    // Adds the localised texts after the contract's fields they translate.
    private static Action<JsonTypeInfo> LocalTexts(ReportLanguage language) => type =>
    {
        if (type.Type == typeof(RecommendationReport))
        {
            Add(type, "lang", (RecommendationReport _) => ReportLanguages.Tag(language), after: "schemaVersion");
            Add(type, "localSummary", (RecommendationReport r) => r.SummaryIn(language), after: "summary");
            Add(type, "localDisclaimer", (RecommendationReport r) => r.DisclaimerIn(language), after: "disclaimer");
        }
        else if (type.Type == typeof(RankedOption))
        {
            Add(type, "localTitle", (RankedOption o) => o.Names.Title.In(language), after: "title");
            Add(type, "localName", (RankedOption o) => o.Names.Name.In(language), after: "localTitle");
        }
        else if (type.Type == typeof(Statement))
        {
            Add(type, "localText", (Statement s) => s.TextIn(language), after: "text");
        }
        else if (type.Type == typeof(TrialMatch))
        {
            Add(type, "localTitle", (TrialMatch t) => t.TitleIn(language), after: "title");
            Add(type, "localSummary", (TrialMatch t) => t.SummaryIn(language), after: "summary");
        }
    };

    private static void Add<T>(JsonTypeInfo type, string name, Func<T, string> value, string after)
    {
        var property = type.CreateJsonPropertyInfo(typeof(string), name);
        property.Get = o => value((T)o);
        var at = type.Properties.Select((p, i) => (p.Name, i)).First(p => p.Name == after).i;
        type.Properties.Insert(at + 1, property);
    }
}
