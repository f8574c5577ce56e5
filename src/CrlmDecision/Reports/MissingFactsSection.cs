using CrlmDecision.Evaluation;
using CrlmDecision.Facts;

namespace CrlmDecision.Reports;

/// <summary>
/// The report's missing facts: each unknown fact that left some rule not evaluable, with the rules that needed
/// it, so the MDT sees what to find out and what it would decide. Failed rules are not listed: no fact is missing.
/// </summary>
internal static class MissingFactsSection
{
    /// <summary>By fact in catalogue order, each with the ids of the rules that needed it in rule order.</summary>
    public static MissingFact[] Of(ReportParts parts, EvaluationResult evaluation)
    {
        var statuses = evaluation.Statuses;

        // Keyed by fact index, which is the catalogue's order.
        SortedDictionary<int, List<string>>? neededBy = null;
        for (var i = 0; i < statuses.Length; i++)
        {
            if (statuses[i] != RuleStatus.NotEvaluable)
            {
                continue;
            }

            foreach (var fact in evaluation.MissingOf(i))
            {
                neededBy ??= [];
                if (!neededBy.TryGetValue(fact, out var rules))
                {
                    neededBy[fact] = rules = [];
                }

                rules.Add(parts.Rules[i].Definition.Id);
            }
        }

        return neededBy is null ? [] : neededBy.Select(entry => new MissingFact(FactCatalog.All[entry.Key].Path, entry.Value.ToArray())).ToArray();
    }
}
