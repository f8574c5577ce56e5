using CrlmDecision.Evaluation;

namespace CrlmDecision.Reports;

/// <summary>
/// The investigational trials the patient may be eligible for, in the rule set's trial order, each with the
/// eligibility rules that fired for it. Kept apart from the options: a trial is never ranked.
/// </summary>
internal static class TrialMatches
{
    /// <summary>The matched trials for <paramref name="statuses"/>, their citations marked in <paramref name="cited"/>.</summary>
    public static TrialMatch[] Of(ReportParts parts, RuleStatus[] statuses, CitedSet cited)
    {
        List<TrialMatch>? trials = null;
        foreach (var trial in parts.Trials)
        {
            List<Statement>? matched = null;
            for (var i = 0; i < statuses.Length; i++)
            {
                if (statuses[i] == RuleStatus.Fired && parts.Rules[i].Definition.Target.TrialId == trial.Id)
                {
                    (matched ??= []).Add(cited.RuleStatement(i));
                }
            }

            // A trial with no matching rule is left out rather than listed as not matched.
            if (matched is not null)
            {
                (trials ??= []).Add(new TrialMatch
                {
                    TrialId = trial.Id,
                    Title = trial.Title,
                    Summary = trial.Summary,
                    TitleZhCn = trial.TitleZhCn,
                    SummaryZhCn = trial.SummaryZhCn,
                    MatchedBecause = matched.ToArray(),
                });
            }
        }

        return trials is null ? [] : trials.ToArray();
    }
}
