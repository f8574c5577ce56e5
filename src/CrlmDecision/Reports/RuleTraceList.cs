using System.Collections;
using CrlmDecision.Evaluation;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>
/// The report's rule trace as a read-only view over the evaluation's statuses: each entry is the rule's shared
/// trace for its status (or, for a failed rule, one carrying the failure), so a report does not copy 81 entries.
/// </summary>
internal sealed class RuleTraceList(IReadOnlyList<ReportedRule> rules, EvaluationResult evaluation) : IReadOnlyList<RuleTrace>
{
    public int Count => evaluation.Statuses.Length;

    public RuleTrace this[int index]
    {
        get
        {
            var status = evaluation.Statuses[index];
            return evaluation.ErrorOf(index) is { } error
                ? new RuleTrace(rules[index].Definition.Id, status, error)
                : rules[index].Traces[(int)status];
        }
    }

    public IEnumerator<RuleTrace> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
