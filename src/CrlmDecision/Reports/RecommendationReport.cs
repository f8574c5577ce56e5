using System.Text.Json.Serialization;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>
/// The answer for one patient: all six options ranked, each with strength, score, details, reasons and
/// cautions citing their sources; the facts that were missing; the trial matches; and the rule set used.
/// </summary>
/// <remarks>
/// Deterministic: the same facts and rule set give the same report and byte-identical JSON
/// (<see cref="ReportJson"/>). Serialises to the contract's JSON with plain System.Text.Json.
/// </remarks>
public sealed record RecommendationReport
{
    /// <summary>
    /// Report contract version (3: summary, facts echo, decisive facts, option titles; 2: strength not-assessable,
    /// overruledBy, pendingDetails, the no-local-option note).
    /// </summary>
    [JsonPropertyName("schemaVersion")] public int SchemaVersion { get; init; } = 3;

    /// <summary>The rule set that produced the report.</summary>
    [JsonPropertyName("ruleSet")] public required RuleSetIdentity RuleSet { get; init; }

    /// <summary>The patient id from the facts, if any.</summary>
    [JsonPropertyName("patientId")] public string? PatientId { get; init; }

    /// <summary>
    /// Facts that are possible but implausible, most likely slips (e.g. a 3 mm lesion where 3 cm was meant), for the
    /// MDT to check before reading the advice; empty when none. The advice was computed from the facts as written.
    /// </summary>
    [JsonPropertyName("factWarnings")] public IReadOnlyList<FactWarning> FactWarnings { get; init; } = [];

    /// <summary>
    /// The line a person reads first, in English: the top option with its strength and details, the other options
    /// recommended or to consider, and how many unknown facts would change this, e.g. "Resection recommended
    /// (laparoscopic, parenchymal-sparing); ablation to consider; 2 facts would change this: FLR (%), RAS".
    /// </summary>
    [JsonPropertyName("summary")] public required string Summary { get; init; }

    /// <summary>The summary in Simplified Chinese (see <see cref="SummaryIn"/>).</summary>
    [JsonIgnore] public string SummaryZhCn { get; init; } = "";

    /// <summary>
    /// The patient's facts as the engine read them (not the per-lesion ones), in catalogue order, each with its value
    /// or null when unknown: what the decision rests on, and what it could not.
    /// </summary>
    [JsonPropertyName("facts")] public required IReadOnlyList<FactEcho> Facts { get; init; }

    /// <summary>Derived facts by name; null where a fact they need is unknown.</summary>
    [JsonPropertyName("derived")] public required IReadOnlyDictionary<string, object?> Derived { get; init; }

    /// <summary>
    /// All six options, always, best first: by strength (recommended, consider, not-advised, not-assessable), then score
    /// (highest first), then the contract order (resection, ablation, sbrt, sirt, haic, tace).
    /// </summary>
    [JsonPropertyName("options")] public required IReadOnlyList<RankedOption> Options { get; init; }

    /// <summary>
    /// Notes on the whole case (e.g. the MDT and NED goal); first, when no option is recommended or consider and
    /// the manifest has one, its no-local-option sentence (rule id <c>manifest:noLocalOption</c>).
    /// </summary>
    [JsonPropertyName("notes")] public required IReadOnlyList<Statement> Notes { get; init; }

    /// <summary>Investigational trial matches; never ranked among the options.</summary>
    [JsonPropertyName("trials")] public required IReadOnlyList<TrialMatch> Trials { get; init; }

    /// <summary>
    /// The unknown facts whose value would change the top option or its strength, most decisive first: each with
    /// what the top option would be for each of its values (the rule set re-evaluated with that value filled in).
    /// </summary>
    [JsonPropertyName("decisiveFacts")] public required IReadOnlyList<DecisiveFact> DecisiveFacts { get; init; }

    /// <summary>Unknown facts that rules needed, with the rules that needed them: the decisive ones first, in their order, then the rest.</summary>
    [JsonPropertyName("missingFacts")] public required IReadOnlyList<MissingFact> MissingFacts { get; init; }

    /// <summary>The status of every rule, in rule-set order.</summary>
    [JsonPropertyName("rules")] public required IReadOnlyList<RuleTrace> Rules { get; init; }

    /// <summary>Every citation key used in the report, resolved, in catalogue order.</summary>
    [JsonPropertyName("citations")] public required IReadOnlyDictionary<string, CitationEntry> Citations { get; init; }

    /// <summary>What the report is and is not.</summary>
    [JsonPropertyName("disclaimer")] public required string Disclaimer { get; init; }

    /// <summary>The disclaimer in Simplified Chinese, where the rule set gives it.</summary>
    [JsonIgnore] public string? DisclaimerZhCn { get; init; }

    /// <summary>The summary in <paramref name="language"/>.</summary>
    public string SummaryIn(ReportLanguage language) => language == ReportLanguage.Chinese ? SummaryZhCn : Summary;

    /// <summary>The disclaimer in <paramref name="language"/>: English where the rule set gives no Chinese.</summary>
    public string DisclaimerIn(ReportLanguage language) => language == ReportLanguage.Chinese && DisclaimerZhCn is not null ? DisclaimerZhCn : Disclaimer;
}

/// <summary>One fact as the engine read it.</summary>
/// <param name="Fact">The fact's path, e.g. <c>molecular.ras</c>.</param>
/// <param name="Value">A word, number, true/false or list of words; null when unknown.</param>
public sealed record FactEcho(
    [property: JsonPropertyName("fact")] string Fact,
    [property: JsonPropertyName("value")] object? Value);

/// <summary>An unknown fact whose value would change the top option or its strength.</summary>
/// <param name="Fact">The fact's path (a lesion fact as <c>liver.lesions[].depth</c>: set on every lesion where it is unknown).</param>
/// <param name="Changes"><c>top-option</c> when some value changes the top option, else <c>strength</c>.</param>
/// <param name="Outcomes">Every value tried, in order (words in contract order; numbers ascending, grouped where the answer is the same).</param>
public sealed record DecisiveFact(
    [property: JsonPropertyName("fact")] string Fact,
    [property: JsonPropertyName("changes")] string Changes,
    [property: JsonPropertyName("outcomes")] IReadOnlyList<WhatIfOutcome> Outcomes);

/// <summary>What the top option would be for one value (or range of values) of a decisive fact.</summary>
/// <param name="When">The value as a person reads it: a word, <c>true</c>/<c>false</c>, or a range such as <c>&gt; 30, &lt;= 40</c>.</param>
/// <param name="Value">The value tried (a word, number or true/false): filling it in and evaluating gives this outcome.</param>
/// <param name="TopOption">The top option with that value.</param>
/// <param name="Strength">Its strength with that value.</param>
/// <param name="Changed">Whether this differs from the report's top option or its strength.</param>
public sealed record WhatIfOutcome(
    [property: JsonPropertyName("when")] string When,
    [property: JsonPropertyName("value")] object Value,
    [property: JsonPropertyName("topOption")] TreatmentOption TopOption,
    [property: JsonPropertyName("strength")] Strength Strength,
    [property: JsonPropertyName("changed")] bool Changed);

/// <summary>Rule-set identity: id, version and SHA-256 of its content.</summary>
public sealed record RuleSetIdentity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("sha256")] string Sha256);

/// <summary>One option with its rank and basis.</summary>
public sealed record RankedOption
{
    /// <summary>1 = best.</summary>
    [JsonPropertyName("rank")] public required int Rank { get; init; }

    /// <summary>The option.</summary>
    [JsonPropertyName("option")] public required TreatmentOption Option { get; init; }

    /// <summary>The option's title as the rule set's manifest gives it, in English.</summary>
    [JsonPropertyName("title")] public required string Title { get; init; }

    /// <summary>The title and the short name (as the summary names the option), in English and Chinese.</summary>
    [JsonIgnore] public OptionNames Names { get; init; } = new(new LocalText(""), new LocalText(""));

    /// <summary>Strength of support.</summary>
    [JsonPropertyName("strength")] public required Strength Strength { get; init; }

    /// <summary>Sum of the scores of the rules that fired for it; orders options of equal strength.</summary>
    [JsonPropertyName("score")] public required decimal Score { get; init; }

    /// <summary>Approach, technique, marginMm, timing, modality, guidance, type, pathway ... where the rules say.</summary>
    [JsonPropertyName("details")] public required IReadOnlyDictionary<string, object> Details { get; init; }

    /// <summary>
    /// Details a not-evaluable rule would set, over the shown value or where none is shown (recommended and
    /// consider options only), each with the facts it needs; in key order, then rule order.
    /// </summary>
    [JsonPropertyName("pendingDetails")] public IReadOnlyList<PendingDetail> PendingDetails { get; init; } = [];

    /// <summary>Options to combine or sequence with.</summary>
    [JsonPropertyName("combineWith")] public required IReadOnlyList<TreatmentOption> CombineWith { get; init; }

    /// <summary>
    /// Why this strength: never empty. For not-assessable, one per deciding rule that could not be decided (with
    /// its <see cref="Statement.MissingFacts"/>); for not-advised by an exclusion, the recommend and consider
    /// reasons it overrules carry <see cref="Statement.OverruledBy"/>.
    /// </summary>
    [JsonPropertyName("reasons")] public required IReadOnlyList<Statement> Reasons { get; init; }

    /// <summary>What to watch, and what could not be evaluated.</summary>
    [JsonPropertyName("cautions")] public required IReadOnlyList<Statement> Cautions { get; init; }
}

/// <summary>An option's title and short name, in English and Chinese, as the rule set's manifest gives them.</summary>
/// <param name="Title">The title.</param>
/// <param name="Name">The short name, as a summary line names the option.</param>
public sealed record OptionNames(LocalText Title, LocalText Name);

/// <summary>A sentence of the report with the rule behind it and its sources.</summary>
public sealed record Statement
{
    /// <summary>The rule (or manifest entry) that produced it.</summary>
    [JsonPropertyName("ruleId")] public required string RuleId { get; init; }

    /// <summary>The sentence, in English (the contract's language).</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>The sentence in Simplified Chinese, where the rule set gives it (see <see cref="TextIn"/>).</summary>
    [JsonIgnore] public string? TextZhCn { get; init; }

    /// <summary>Kind of evidence; null for a manifest default.</summary>
    [JsonPropertyName("evidence")] public EvidenceLevel? Evidence { get; init; }

    /// <summary>Review section, when the sentence comes from a rule.</summary>
    [JsonPropertyName("section")] public string? Section { get; init; }

    /// <summary>Citation keys, each resolved in the report's citations.</summary>
    [JsonPropertyName("citations")] public required IReadOnlyList<string> Citations { get; init; }

    /// <summary>For a reason an exclusion outweighs: the ids of the fired advise-against rules, in rule order; else absent.</summary>
    [JsonPropertyName("overruledBy"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? OverruledBy { get; init; }

    /// <summary>For a reason of a not-assessable option: the unknown facts the rule needs (empty when it failed); else absent.</summary>
    [JsonPropertyName("missingFacts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? MissingFacts { get; init; }

    /// <summary>
    /// For a caution that a rule could not be evaluated (facts missing) or failed: the rule is undecided, and the
    /// sentence says only that; false for every sentence that states what a rule found.
    /// </summary>
    [JsonIgnore] public bool Undecided { get; init; }

    /// <summary>For an undecided statement of an advise-against rule: an exclusion that could not be ruled out.</summary>
    [JsonIgnore] public bool CouldExclude { get; init; }

    /// <summary>The sentence in <paramref name="language"/>: English where the rule set gives no Chinese.</summary>
    public string TextIn(ReportLanguage language) => language == ReportLanguage.Chinese && TextZhCn is not null ? TextZhCn : Text;
}

/// <summary>A detail a rule would set if it could be decided, with the unknown facts it needs.</summary>
/// <param name="Key">The detail, e.g. marginMm.</param>
/// <param name="Value">The value the rule would set.</param>
/// <param name="RuleId">The not-evaluable rule.</param>
/// <param name="MissingFacts">The unknown facts that left it not evaluable, in catalogue order.</param>
public sealed record PendingDetail(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("value")] object Value,
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("missingFacts")] IReadOnlyList<string> MissingFacts);

/// <summary>An investigational trial the patient may be eligible for.</summary>
public sealed record TrialMatch
{
    /// <summary>Trial id in the rule set.</summary>
    [JsonPropertyName("trialId")] public required string TrialId { get; init; }

    /// <summary>Title.</summary>
    [JsonPropertyName("title")] public required string Title { get; init; }

    /// <summary>Always "investigational".</summary>
    [JsonPropertyName("status")] public string Status { get; init; } = "investigational";

    /// <summary>What the trial tests.</summary>
    [JsonPropertyName("summary")] public required string Summary { get; init; }

    /// <summary>The title in Simplified Chinese, where the rule set gives it.</summary>
    [JsonIgnore] public string? TitleZhCn { get; init; }

    /// <summary>The summary in Simplified Chinese, where the rule set gives it.</summary>
    [JsonIgnore] public string? SummaryZhCn { get; init; }

    /// <summary>The title in <paramref name="language"/>: English where the rule set gives no Chinese.</summary>
    public string TitleIn(ReportLanguage language) => language == ReportLanguage.Chinese && TitleZhCn is not null ? TitleZhCn : Title;

    /// <summary>The summary in <paramref name="language"/>: English where the rule set gives no Chinese.</summary>
    public string SummaryIn(ReportLanguage language) => language == ReportLanguage.Chinese && SummaryZhCn is not null ? SummaryZhCn : Summary;

    /// <summary>The eligibility rules that matched.</summary>
    [JsonPropertyName("matchedBecause")] public required IReadOnlyList<Statement> MatchedBecause { get; init; }
}

/// <summary>An unknown fact and the rules that could not be evaluated without it.</summary>
public sealed record MissingFact(
    [property: JsonPropertyName("fact")] string Fact,
    [property: JsonPropertyName("neededBy")] IReadOnlyList<string> NeededBy);

/// <summary>The status of one rule for this patient.</summary>
public sealed record RuleTrace(
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("status")] RuleStatus Status,
    [property: JsonPropertyName("detail"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail);

/// <summary>A resolved citation.</summary>
public sealed record CitationEntry(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("doi")] string? Doi);
