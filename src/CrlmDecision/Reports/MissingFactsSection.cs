using CrlmDecision.Evaluation;
using CrlmDecision.Facts;

namespace CrlmDecision.Reports;

/// <summary>
/// The report's missing facts: each unknown fact that left some rule not evaluable, with the rules that needed
/// it, so the MDT sees what to find out and what it would decide. Failed rules are not listed: no fact is missing.
/// </summary>
internal static class MissingFactsSection
{
    /// <summary>
    /// The <paramref name="decisive"/> facts first, in their order, then the others in catalogue order; each with the
    /// ids of the rules that needed it, in rule order.
    /// </summary>
    public static MissingFact[] Of(ReportParts parts, EvaluationResult evaluation, IReadOnlyList<DecisiveFact> decisive)
    {
        var all = Of(parts, evaluation);
        if (decisive.Count == 0)
        {
            return all;
        }

        var lead = decisive.Select(d => d.Fact).ToList();
        return all.OrderBy(m => lead.IndexOf(m.Fact) is var at && at < 0 ? int.MaxValue : at).ToArray(); // a stable sort
    }

    /// <summary>The fact indices (ascending) that left some rule not evaluable: the facts the what-if tries.</summary>
    public static int[] FactIndices(EvaluationResult evaluation)
    {
        var facts = new SortedSet<int>();
        for (var i = 0; i < evaluation.Statuses.Length; i++)
        {
            if (evaluation.Statuses[i] == RuleStatus.NotEvaluable)
            {
                facts.UnionWith(evaluation.MissingOf(i));
            }
        }

        return [.. facts];
    }

    /// <summary>By fact in catalogue order, each with the ids of the rules that needed it in rule order.</summary>
    private static MissingFact[] Of(ReportParts parts, EvaluationResult evaluation)
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
