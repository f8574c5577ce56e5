using System.Text.Json.Serialization;

namespace CrlmDecision.Evaluation;

/// <summary>What happened to one rule for one patient; never collapsed into "not fired".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleStatus>))]
public enum RuleStatus
{
    /// <summary>Every fact it reads is known and its condition holds.</summary>
    [JsonStringEnumMemberName("fired")] Fired,

    /// <summary>Every fact it reads is known and its condition does not hold.</summary>
    [JsonStringEnumMemberName("not-fired")] NotFired,

    /// <summary>A fact it reads is unknown; it counts neither for nor against its option.</summary>
    [JsonStringEnumMemberName("not-evaluable")] NotEvaluable,

    /// <summary>Its condition failed at run time; treated like not-evaluable, and reported.</summary>
    [JsonStringEnumMemberName("error")] Error,

    /// <summary>It fired, but a fired rule that suppresses it took precedence.</summary>
    [JsonStringEnumMemberName("suppressed")] Suppressed,
}
