using System.Text.Json.Serialization;

namespace CrlmDecision.Reports;

/// <summary>How strongly the rule set supports an option, strongest first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Strength>))]
public enum Strength
{
    /// <summary>A rule recommends it and nothing advises against it or could not be ruled out.</summary>
    [JsonStringEnumMemberName("recommended")] Recommended,

    /// <summary>Worth discussing: a rule says consider, or a recommendation is capped by an unknown exclusion.</summary>
    [JsonStringEnumMemberName("consider")] Consider,

    /// <summary>A rule advises against it, or no rule supports it and none could have; the reasons say which.</summary>
    [JsonStringEnumMemberName("not-advised")] NotAdvised,

    /// <summary>
    /// No rule recommends, considers or advises against it, but one that would have could not be decided (an
    /// unknown fact, or it failed); the reasons name each such rule and the facts it needs. Not a contraindication.
    /// </summary>
    [JsonStringEnumMemberName("not-assessable")] NotAssessable,
}
