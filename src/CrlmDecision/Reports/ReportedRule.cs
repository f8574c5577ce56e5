using CrlmDecision.Evaluation;
using CrlmDecision.RuleModel;
using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.Reports;

namespace CrlmDecision.Reports;

/// <summary>A rule with the parts every report shares: its sentence, trace entries and details.</summary>
/// <param name="Definition">As written.</param>
internal sealed record ReportedRule(RuleDefinition Definition)
{
    // Reports share these immutable parts instead of building them for every patient.

    /// <summary>The rule's sentence as the report shows it.</summary>
    public Statement Statement { get; } = new()
    {
        RuleId = Definition.Id,
        Text = Definition.Because,
        TextZhCn = Definition.BecauseZhCn,
        Evidence = Definition.Evidence,
        Section = Definition.Section,
        Citations = ReadOnly(Definition.Cite),
    };

    /// <summary>Trace entries for the statuses that carry no detail, indexed by <see cref="RuleStatus"/>.</summary>
    public RuleTrace[] Traces { get; } = Enum.GetValues<RuleStatus>().Select(s => new RuleTrace(Definition.Id, s, null)).ToArray();

    /// <summary>The details the rule sets, keys in ordinal order.</summary>
    public IReadOnlyDictionary<string, object> Details { get; } = new ArrayMap<object>(
        Definition.Details.Keys.Order(StringComparer.Ordinal).ToArray(),
        Definition.Details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value).ToArray());

    /// <summary>The caution for this rule when the unknown facts <paramref name="missing"/> (fact indices) left it not evaluable.</summary>
    public Statement NotEvaluable(int[] missing) => Caution(w => w.Format("sentence.needs", Names(w, missing)));

    /// <summary>The caution for this rule when it failed with <paramref name="error"/>.</summary>
    public Statement Failed(string error) => Caution(w => w.Format("sentence.failed", error));

    /// <summary>
    /// The reason of a not-assessable <paramref name="option"/> for this deciding rule: what it would decide and,
    /// when it was not evaluable, the unknown facts <paramref name="missing"/> (fact indices) it needs.
    /// </summary>
    public Statement NotAssessable(TreatmentOption option, int[] missing) =>
        Undecided(option, w => w.Format("sentence.needs", Names(w, missing))) with { MissingFacts = Array.AsReadOnly(missing.Select(index => FactCatalog.All[index].Path).ToArray()) };

    /// <summary>The reason of a not-assessable <paramref name="option"/> for this deciding rule when it failed with <paramref name="error"/>.</summary>
    public Statement NotAssessableFailed(TreatmentOption option, string error) =>
        Undecided(option, w => w.Format("sentence.failed", error)) with { MissingFacts = [] };

    // English names the facts by their contract paths (what to fill in); Chinese by their names.
    private static string Names(ReportWords words, int[] missing) =>
        string.Join(words.Heading("summary.list"), missing.Select(index => ReportText.FactName(FactCatalog.All[index].Path, words)));

    private Statement Undecided(TreatmentOption option, Func<ReportWords, string> why)
    {
        var decision = Definition.Effect switch
        {
            RuleEffect.Recommend => "sentence.recommend",
            RuleEffect.Consider => "sentence.consider",
            _ => "sentence.adviseAgainst",
        };
        string Text(ReportWords w) => w.Format("sentence.ifApplies", Lead(w), TitleIn(w), w.Heading(decision), OptionWord(w, option), why(w));
        return Caution(why) with { Text = Text(ReportWords.English), TextZhCn = Text(ReportWords.Chinese) };
    }

    // The option as the contract names it in English, and by its Chinese word in Chinese.
    private static string OptionWord(ReportWords words, TreatmentOption option) => words.Word(Words<TreatmentOption>.Of(option));

    private string Lead(ReportWords words) => words.Heading(Definition.Effect == RuleEffect.AdviseAgainst ? "sentence.couldNotRuleOut" : "sentence.couldNotAssess");

    private string TitleIn(ReportWords words) => words.Language == ReportLanguage.Chinese ? Definition.TitleZhCn ?? Definition.Title : Definition.Title;

    private Statement Caution(Func<ReportWords, string> why) => new()
    {
        RuleId = Definition.Id,
        Text = ReportWords.English.Format("sentence.caution", Lead(ReportWords.English), TitleIn(ReportWords.English), why(ReportWords.English)),
        TextZhCn = ReportWords.Chinese.Format("sentence.caution", Lead(ReportWords.Chinese), TitleIn(ReportWords.Chinese), why(ReportWords.Chinese)),
        Evidence = Definition.Evidence,
        Section = Definition.Section,
        Citations = Statement.Citations,
        Undecided = true,
        CouldExclude = Definition.Effect == RuleEffect.AdviseAgainst,
    };

    /// <summary>A list every report may share: a copy no caller can cast back to something writable.</summary>
    internal static IReadOnlyList<string> ReadOnly(IReadOnlyList<string> list) => Array.AsReadOnly(list.ToArray());
}
