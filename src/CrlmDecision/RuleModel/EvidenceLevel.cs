using System.Text.Json.Serialization;

namespace CrlmDecision.RuleModel;

/// <summary>The kind of evidence the review cites for a rule, so a reader can weigh the reason.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceLevel>))]
public enum EvidenceLevel
{
    /// <summary>Randomised controlled trial.</summary>
    [JsonStringEnumMemberName("randomised-trial")] RandomisedTrial,

    /// <summary>Meta-analysis or systematic review.</summary>
    [JsonStringEnumMemberName("meta-analysis")] MetaAnalysis,

    /// <summary>Prospective (non-randomised) study.</summary>
    [JsonStringEnumMemberName("prospective")] Prospective,

    /// <summary>Retrospective study.</summary>
    [JsonStringEnumMemberName("retrospective")] Retrospective,

    /// <summary>Guideline.</summary>
    [JsonStringEnumMemberName("guideline")] Guideline,

    /// <summary>Expert consensus or the review's own synthesis.</summary>
    [JsonStringEnumMemberName("consensus")] Consensus,
}
