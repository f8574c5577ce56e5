using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>
/// What the rules of one option say before any sentence is built: its strength and score, and the three facts
/// the option's sentences depend on (whether anything supports it, whether its how-to details are dropped,
/// whether some of its rules could not be decided).
/// </summary>
/// <param name="Option">The option judged.</param>
/// <param name="Strength">An advise-against outweighs everything; else recommend (capped at consider by an exclusion not ruled out), then consider; else not-assessable when a deciding rule could not be decided, else not-advised.</param>
/// <param name="Score">Sum of the scores of its fired rules, trailing zeros stripped.</param>
/// <param name="Supported">Some rule recommends, considers or advises against it; if none does, the manifest says why not.</param>
/// <param name="DropInform">Not advised or not assessable, so its inform rules (reasons, details, combinations) are left out.</param>
/// <param name="Unresolved">Some of its rules were not evaluable or failed; each becomes a caution (a reason, for a deciding rule of a not-assessable option).</param>
internal readonly record struct Judgement(TreatmentOption Option, Strength Strength, decimal Score, bool Supported, bool DropInform, bool Unresolved)
{
    /// <summary>Judges <paramref name="option"/> from the statuses of the rules that target it.</summary>
    public static Judgement Of(ReportParts parts, TreatmentOption option, RuleStatus[] statuses)
    {
        bool adviseAgainst = false, recommend = false, consider = false, inform = false;
        bool liftedExclusion = false, unresolved = false, unresolvedExclusion = false, unresolvedDeciding = false;
        var score = 0m;
        foreach (var index in parts.RulesByOption[(int)option])
        {
            var definition = parts.Rules[index].Definition;
            var effect = definition.Effect;
            switch (statuses[index])
            {
                case RuleStatus.Fired:
                    score += definition.Score;
                    adviseAgainst |= effect == RuleEffect.AdviseAgainst;
                    recommend |= effect == RuleEffect.Recommend;
                    consider |= effect == RuleEffect.Consider;
                    inform |= effect == RuleEffect.Inform;
                    break;
                case RuleStatus.NotEvaluable or RuleStatus.Error:
                    unresolved = true;
                    unresolvedExclusion |= effect == RuleEffect.AdviseAgainst;
                    unresolvedDeciding |= Decides(effect);
                    break;
                case RuleStatus.Suppressed:
                    liftedExclusion |= effect == RuleEffect.AdviseAgainst;
                    break;
            }
        }

        // Nothing fired for or against it: "not advised" only when no deciding rule was left open; otherwise the
        // option was not assessed, and must not read as a contraindication.
        var strength = adviseAgainst ? Strength.NotAdvised : recommend ? Strength.Recommended : consider ? Strength.Consider
            : unresolvedDeciding ? Strength.NotAssessable : Strength.NotAdvised;

        // An exclusion that could not be checked, or that a more specific rule lifted, never leaves an option
        // recommended: the MDT must look at it, so the option is offered for discussion only.
        if (strength == Strength.Recommended && (liftedExclusion || unresolvedExclusion))
        {
            strength = Strength.Consider;
        }

        // How-to details (inform) matter only for an option that is on the table; for a not-advised or
        // not-assessable one they would read as advice on how to do what the report does not advise.
        var dropInform = (strength is Strength.NotAdvised or Strength.NotAssessable) && inform;
        return new Judgement(option, strength, Normalise(score), recommend || consider || adviseAgainst, dropInform, unresolved);
    }

    /// <summary>Not advised because an exclusion fired (not merely because nothing supports it).</summary>
    public bool Excluded => Strength == Strength.NotAdvised && Supported;

    /// <summary>Whether a rule of <paramref name="effect"/> decides an option's strength (recommend, consider, advise-against).</summary>
    public static bool Decides(RuleEffect effect) => effect is RuleEffect.Recommend or RuleEffect.Consider or RuleEffect.AdviseAgainst;

    // 7.50m and 7.5m print differently; strip trailing zeros so equal scores print equally.
    private static decimal Normalise(decimal value) => value.Scale == 0 ? value : value / 1.000000000000000000000000000000000m;
}
