using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>
/// Builds the ranked options of one report from their <see cref="Judgement"/>s: the reasons for each option's
/// strength, its cautions (including the rules that could not be decided), its details and the options to
/// combine it with.
/// </summary>
/// <remarks>
/// One builder per report, used for all six options: it reuses one pair of working lists, and each option keeps
/// an exact-size copy.
/// </remarks>
internal sealed class RankedOptionBuilder(ReportParts parts, EvaluationResult evaluation, CitedSet cited)
{
    private readonly List<Statement> _reasons = new(16);
    private readonly List<Statement> _cautions = new(16);

    /// <summary>The option <paramref name="judged"/>, placed at <paramref name="rank"/> (1 = best).</summary>
    public RankedOption Build(Judgement judged, int rank)
    {
        var statuses = evaluation.Statuses;
        var option = judged.Option;
        var rules = parts.RulesByOption[(int)option];
        _reasons.Clear();
        _cautions.Clear();
        List<TreatmentOption>? combine = null;

        // Reasons are never empty: for an option nothing supports and nothing could have, the manifest says why
        // (a not-assessable option's reasons are its undecided rules, below).
        if (!judged.Supported && judged.Strength == Strength.NotAdvised)
        {
            _reasons.Add(cited.NoIndication(option));
        }

        // An exclusion that fired outweighs the option's recommend and consider reasons: they are shown as overruled.
        var overruledBy = judged.Excluded ? FiredExclusions(rules) : null;

        var exclusions = 0;
        foreach (var index in rules)
        {
            if (statuses[index] != RuleStatus.Fired)
            {
                continue;
            }

            var definition = parts.Rules[index].Definition;
            var included = !(judged.DropInform && definition.Effect == RuleEffect.Inform);
            if (definition.Effect == RuleEffect.Caution)
            {
                _cautions.Add(cited.RuleStatement(index));
            }
            else if (definition.Effect == RuleEffect.AdviseAgainst)
            {
                // The reasons that decide the strength come first: exclusions (in rule order) before the rest.
                _reasons.Insert(exclusions++, cited.RuleStatement(index));
            }
            else if (included)
            {
                var statement = cited.RuleStatement(index);
                _reasons.Add(overruledBy is not null && (definition.Effect is RuleEffect.Recommend or RuleEffect.Consider)
                    ? statement with { OverruledBy = overruledBy }
                    : statement);
            }

            // An exclusion only argues against the option; it names no partner to combine it with.
            if (included && definition.Effect != RuleEffect.AdviseAgainst)
            {
                foreach (var other in definition.CombineWith)
                {
                    if (other != option && !(combine ??= []).Contains(other))
                    {
                        combine.Add(other);
                    }
                }
            }
        }

        // After the rules' own cautions, what could not be assessed: the reader must know the judgement is partial.
        // For a not-assessable option its undecided deciding rules are the reasons instead (not repeated here).
        if (judged.Unresolved)
        {
            foreach (var index in rules)
            {
                if (statuses[index] is not (RuleStatus.NotEvaluable or RuleStatus.Error))
                {
                    continue;
                }

                if (judged.Strength == Strength.NotAssessable && Judgement.Decides(parts.Rules[index].Definition.Effect))
                {
                    _reasons.Add(Undecided(index, option));
                }
                else
                {
                    _cautions.Add(Unresolved(index));
                }
            }
        }

        combine?.Sort();
        return new RankedOption
        {
            Rank = rank,
            Option = option,
            Title = parts.OptionNames[(int)option].Title.En,
            Names = parts.OptionNames[(int)option],
            Strength = judged.Strength,
            Score = judged.Score,
            Details = OptionDetails.Of(parts, rules, statuses, judged.DropInform),
            PendingDetails = judged.Strength is Strength.Recommended or Strength.Consider ? OptionDetails.Pending(parts, rules, evaluation, judged.DropInform) : [],
            CombineWith = combine is null ? [] : combine.ToArray(),
            Reasons = _reasons.ToArray(),
            Cautions = _cautions.Count == 0 ? [] : _cautions.ToArray(),
        };
    }

    // Built per patient (it names the missing facts or the failure), but cites what the rule cites.
    private Statement Unresolved(int index)
    {
        var rule = parts.Rules[index];
        cited.CiteRule(index);
        return evaluation.ErrorOf(index) is { } error ? rule.Failed(error) : rule.NotEvaluable(evaluation.MissingOf(index));
    }

    // The same for a deciding rule of a not-assessable option, as its reason: what it would decide, and why it did not.
    private Statement Undecided(int index, TreatmentOption option)
    {
        var rule = parts.Rules[index];
        cited.CiteRule(index);
        return evaluation.ErrorOf(index) is { } error ? rule.NotAssessableFailed(option, error) : rule.NotAssessable(option, evaluation.MissingOf(index));
    }

    // The ids of the option's fired exclusions, in rule order.
    private IReadOnlyList<string> FiredExclusions(int[] rules) => Array.AsReadOnly(rules
        .Where(index => evaluation.Statuses[index] == RuleStatus.Fired && parts.Rules[index].Definition.Effect == RuleEffect.AdviseAgainst)
        .Select(index => parts.Rules[index].Definition.Id)
        .ToArray());
}
