namespace CrlmDecision.RuleModel;

/// <summary>One rule as written in a rule file.</summary>
public sealed record RuleDefinition
{
    /// <summary>Unique id, e.g. RES-001.</summary>
    public required string Id { get; init; }

    /// <summary>One-line title.</summary>
    public required string Title { get; init; }

    /// <summary>The title in Simplified Chinese; null when the rule file gives none.</summary>
    public string? TitleZhCn { get; init; }

    /// <summary>Section of the review the rule encodes, e.g. 2.1.1.</summary>
    public required string Section { get; init; }

    /// <summary>Kind of evidence behind the rule.</summary>
    public required EvidenceLevel Evidence { get; init; }

    /// <summary>The condition, an expression over <c>p</c> (facts) and <c>d</c> (derived facts).</summary>
    public required string When { get; init; }

    /// <summary>What the rule speaks about.</summary>
    public required RuleTarget Target { get; init; }

    /// <summary>The effect when it fires.</summary>
    public required RuleEffect Effect { get; init; }

    /// <summary>Contribution to the option's score.</summary>
    public required decimal Score { get; init; }

    /// <summary>Details it sets on the option (approach, marginMm ...); values are text or numbers.</summary>
    public IReadOnlyDictionary<string, object> Details { get; init; } = new Dictionary<string, object>();

    /// <summary>Options to combine with.</summary>
    public IReadOnlyList<Facts.TreatmentOption> CombineWith { get; init; } = [];

    /// <summary>Higher priority wins when two fired rules set the same detail.</summary>
    public int Priority { get; init; }

    /// <summary>Ids of rules whose effect this rule cancels when it fires.</summary>
    public IReadOnlyList<string> Suppresses { get; init; } = [];

    /// <summary>The reason, in words, shown in the report.</summary>
    public required string Because { get; init; }

    /// <summary>
    /// The reason in Simplified Chinese (<c>because: { en: ..., zh-CN: ... }</c>): where the rule encodes a sentence of
    /// the review, that sentence as the review words it; null when the rule file gives none.
    /// </summary>
    public string? BecauseZhCn { get; init; }

    /// <summary>Citation keys; at least one, each resolving in the catalogue.</summary>
    public required IReadOnlyList<string> Cite { get; init; }

    /// <summary>The file, inside the rule set, that defines the rule.</summary>
    public required string File { get; init; }

    /// <summary>The line of the rule in its file.</summary>
    public required int Line { get; init; }
}
