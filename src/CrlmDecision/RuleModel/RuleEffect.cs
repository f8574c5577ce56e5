using System.Text.Json.Serialization;

namespace CrlmDecision.RuleModel;

/// <summary>What a fired rule does to its option.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleEffect>))]
public enum RuleEffect
{
    /// <summary>A reason for <c>recommended</c>.</summary>
    [JsonStringEnumMemberName("recommend")] Recommend,

    /// <summary>A reason for <c>consider</c>.</summary>
    [JsonStringEnumMemberName("consider")] Consider,

    /// <summary>A reason for <c>not-advised</c>; it outweighs every recommend and consider.</summary>
    [JsonStringEnumMemberName("advise-against")] AdviseAgainst,

    /// <summary>A caution shown with the option; does not change its strength.</summary>
    [JsonStringEnumMemberName("caution")] Caution,

    /// <summary>Information (details such as approach or margin) with its reason; does not change the strength.</summary>
    [JsonStringEnumMemberName("inform")] Inform,
}
