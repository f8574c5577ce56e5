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
/// <param name="Strength">An advise-against outweighs everything; else recommend (capped at consider by an exclusion not ruled out), then consider; else not-advised.</param>
/// <param name="Score">Sum of the scores of its fired rules, trailing zeros stripped.</param>
/// <param name="Supported">Some rule recommends, considers or advises against it; if none does, the manifest says why not.</param>
/// <param name="DropInform">Not advised, so its inform rules (reasons, details, combinations) are left out.</param>
/// <param name="Unresolved">Some of its rules were not evaluable or failed; each becomes a caution.</param>
internal readonly record struct Judgement(TreatmentOption Option, Strength Strength, decimal Score, bool Supported, bool DropInform, bool Unresolved)
{
    /// <summary>Judges <paramref name="option"/> from the statuses of the rules that target it.</summary>
    public static Judgement Of(ReportParts parts, TreatmentOption option, RuleStatus[] statuses)
    {
        bool adviseAgainst = false, recommend = false, consider = false, inform = false;
        bool liftedExclusion = false, unresolved = false, unresolvedExclusion = false;
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
                    break;
                case RuleStatus.Suppressed:
                    liftedExclusion |= effect == RuleEffect.AdviseAgainst;
                    break;
            }
        }

        var strength = adviseAgainst ? Strength.NotAdvised : recommend ? Strength.Recommended : consider ? Strength.Consider : Strength.NotAdvised;

        // An exclusion that could not be checked, or that a more specific rule lifted, never leaves an option
        // recommended: the MDT must look at it, so the option is offered for discussion only.
        if (strength == Strength.Recommended && (liftedExclusion || unresolvedExclusion))
        {
            strength = Strength.Consider;
        }

        // How-to details (inform) matter only for an option that is on the table; for a not-advised one they
        // would read as advice on how to do what the report advises against.
        var dropInform = strength == Strength.NotAdvised && inform;
        return new Judgement(option, strength, Normalise(score), recommend || consider || adviseAgainst, dropInform, unresolved);
    }

    // 7.50m and 7.5m print differently; strip trailing zeros so equal scores print equally.
    private static decimal Normalise(decimal value) => value.Scale == 0 ? value : value / 1.000000000000000000000000000000000m;
}
