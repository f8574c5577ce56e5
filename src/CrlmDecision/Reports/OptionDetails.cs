using CrlmDecision.Evaluation;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>
/// An option's details (approach, marginMm, timing ...): those of its fired rules merged, where rules that
/// disagree on a key are settled by rule priority, keys in ordinal order.
/// </summary>
internal static class OptionDetails
{
    private static readonly IReadOnlyDictionary<string, object> None = new ArrayMap<object>([], []);

    /// <summary>The details of one option from its <paramref name="rules"/> (positions, in rule order).</summary>
    /// <param name="parts">The rule set's shared parts.</param>
    /// <param name="rules">The positions of the rules that target the option.</param>
    /// <param name="statuses">Every rule's status.</param>
    /// <param name="dropInform">Whether the option's inform rules are left out (<see cref="Judgement.DropInform"/>).</param>
    public static IReadOnlyDictionary<string, object> Of(ReportParts parts, int[] rules, RuleStatus[] statuses, bool dropInform)
    {
        var setters = new List<ReportedRule>();
        foreach (var index in rules)
        {
            if (SetsDetails(parts.Rules[index], statuses[index], dropInform))
            {
                setters.Add(parts.Rules[index]);
            }
        }

        // Usually one rule (or none) sets details: share its precomputed map instead of building one.
        switch (setters.Count)
        {
            case 0:
                return None;
            case 1:
                return setters[0].Details;
        }

        // Lower priority first, so a higher-priority rule's value wins; OrderBy is stable, so between rules of
        // equal priority the later rule (in rule order) wins.
        var merged = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var rule in setters.OrderBy(r => r.Definition.Priority))
        {
            foreach (var (key, value) in rule.Definition.Details)
            {
                merged[key] = value;
            }
        }

        return new ArrayMap<object>([.. merged.Keys], [.. merged.Values]);
    }

    // An exclusion argues against the option rather than describing how to give it, so its details never count.
    private static bool SetsDetails(ReportedRule rule, RuleStatus status, bool dropInform)
    {
        var definition = rule.Definition;
        return status == RuleStatus.Fired
            && definition.Details.Count > 0
            && definition.Effect != RuleEffect.AdviseAgainst
            && !(dropInform && definition.Effect == RuleEffect.Inform);
    }
}
