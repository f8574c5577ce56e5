using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
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

    /// <summary>
    /// The details not-evaluable rules of one option would set where they would change what the option shows: a
    /// key it does not show, or a different value over one from a rule the merge ranks lower (lower priority, or
    /// equal priority and earlier in rule order). In key order, then rule order.
    /// </summary>
    /// <param name="parts">The rule set's shared parts.</param>
    /// <param name="rules">The positions of the rules that target the option.</param>
    /// <param name="evaluation">The patient's evaluation (statuses and missing facts).</param>
    /// <param name="dropInform">Whether the option's inform rules are left out (<see cref="Judgement.DropInform"/>).</param>
    public static PendingDetail[] Pending(ReportParts parts, int[] rules, EvaluationResult evaluation, bool dropInform)
    {
        var statuses = evaluation.Statuses;
        List<PendingDetail>? pending = null;
        foreach (var index in rules)
        {
            if (statuses[index] != RuleStatus.NotEvaluable || !SetsDetails(parts.Rules[index], RuleStatus.Fired, dropInform))
            {
                continue;
            }

            string[]? missing = null;
            foreach (var (key, value) in parts.Rules[index].Details)
            {
                var shown = SetterOf(parts, rules, statuses, dropInform, key);
                if (shown < 0 || (Overrides(parts, index, shown) && !Equals(parts.Rules[shown].Definition.Details[key], value)))
                {
                    missing ??= evaluation.MissingOf(index).Select(fact => FactCatalog.All[fact].Path).ToArray();
                    (pending ??= []).Add(new PendingDetail(key, value, parts.Rules[index].Definition.Id, Array.AsReadOnly(missing)));
                }
            }
        }

        // Stable: between rules pending on the same key, rule order stays.
        return pending is null ? [] : [.. pending.OrderBy(p => p.Key, StringComparer.Ordinal)];
    }

    // The position of the rule whose value the option shows for key (the merge's winner), or -1 when none sets it.
    private static int SetterOf(ReportParts parts, int[] rules, RuleStatus[] statuses, bool dropInform, string key)
    {
        var shown = -1;
        foreach (var index in rules)
        {
            if (SetsDetails(parts.Rules[index], statuses[index], dropInform) && parts.Rules[index].Definition.Details.ContainsKey(key)
                && (shown < 0 || Overrides(parts, index, shown)))
            {
                shown = index;
            }
        }

        return shown;
    }

    // The merge's order: a higher priority wins; between equal priorities the later rule (in rule order) wins.
    private static bool Overrides(ReportParts parts, int rule, int other)
    {
        int priority = parts.Rules[rule].Definition.Priority, otherPriority = parts.Rules[other].Definition.Priority;
        return priority > otherPriority || (priority == otherPriority && rule > other);
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
