using System.Globalization;
using CrlmDecision.Compilation;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.WhatIf;

/// <summary>
/// Which unknown facts would change the decision. For every unknown fact a not-evaluable rule needed, each of its
/// possible values is filled in (one fact at a time, the others left as they are) and the same compiled rule set
/// evaluated again through the one engine path; a fact is decisive when some value changes the top option or its
/// strength.
/// </summary>
/// <remarks>
/// The values tried: each word of a word fact; true and false; for a number, each number the rules compare it
/// with (directly or through a derived fact) and a value on each side of it, inside the contract's range, since
/// between two such numbers every rule answers the same. Values the validator refuses with the other facts (e.g. a
/// response of naive after two lines) are not tried. A lesion fact is set on every lesion where it is unknown. The
/// list of options a centre offers is not tried. Deterministic: facts in catalogue order, values in order.
/// </remarks>
internal static class WhatIfAnalysis
{
    /// <summary>The decisive facts of <paramref name="facts"/>, most decisive first, given its <paramref name="baseline"/> evaluation.</summary>
    public static DecisiveFact[] Of(CompiledRuleSet compiled, ReportParts parts, PatientFacts facts, EvaluationResult baseline)
    {
        var unknown = MissingFactsSection.FactIndices(baseline);
        if (unknown.Length == 0)
        {
            return [];
        }

        var top = Ranker.Judge(parts, baseline.Statuses)[0];
        var decisive = new List<(DecisiveFact Fact, int TopChanges, int Index)>();
        foreach (var index in unknown)
        {
            var fact = FactCatalog.All[index];
            var tried = new List<(object Value, Region? Region, Judgement Top)>();
            foreach (var (value, region) in Candidates(fact, compiled.Thresholds.GetValueOrDefault(index)))
            {
                var filled = FactValues.With(facts, fact.Path, value);
                if (FactsValidator.Check(filled, null).Errors.Count == 0)
                {
                    tried.Add((value, region, Ranker.Judge(parts, Evaluator.Evaluate(compiled, filled).Statuses)[0]));
                }
            }

            var outcomes = Merge(tried).Select(t => new WhatIfOutcome(t.Region?.Describe() ?? Describe(t.Value), t.Value, t.Top.Option, t.Top.Strength,
                t.Top.Option != top.Option || t.Top.Strength != top.Strength)).ToArray();
            if (outcomes.Any(o => o.Changed))
            {
                var topChanges = outcomes.Count(o => o.TopOption != top.Option);
                decisive.Add((new DecisiveFact(fact.Path, topChanges > 0 ? "top-option" : "strength", outcomes), topChanges, index));
            }
        }

        // Most decisive first: a fact that changes the top option before one that changes only its strength, then
        // the one with more values that change it, then catalogue order.
        return decisive
            .OrderBy(d => d.TopChanges > 0 ? 0 : 1)
            .ThenByDescending(d => d.Fact.Outcomes.Count(o => o.Changed))
            .ThenBy(d => d.Index)
            .Select(d => d.Fact)
            .ToArray();
    }

    // The values of a fact to try, each with the range of values it stands for (numbers only).
    private static IEnumerable<(object Value, Region? Region)> Candidates(FactPath fact, Threshold[]? thresholds)
    {
        if (fact.Type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(fact.Type))
        {
            return []; // a list (the options a centre offers): not tried
        }

        if (fact.Words.Count > 0)
        {
            return fact.Words.Select(word => ((object)word, (Region?)null));
        }

        if (fact.Type == typeof(bool))
        {
            return [(false, null), (true, null)];
        }

        if (thresholds is null || FactValues.Range(fact.Path) is not { } range)
        {
            return []; // a number no rule compares with a number, or a list: nothing to try
        }

        var whole = fact.Type == typeof(int);
        return Region.Split(thresholds, range.Min, range.Max, whole).Select(r => (whole ? (object)(int)r.Sample : r.Sample, (Region?)r));
    }

    private static string Describe(object value) => value switch
    {
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // Neighbouring number ranges with the same answer read as one range ("> 30, ≤ 40"), tried at the first one's
    // value; words and flags stay as they are.
    private static List<(object Value, Region? Region, Judgement Top)> Merge(List<(object Value, Region? Region, Judgement Top)> tried)
    {
        var merged = new List<(object Value, Region? Region, Judgement Top)>();
        foreach (var entry in tried)
        {
            if (entry.Region is { } region && merged.Count > 0 && merged[^1] is { Region: { } previous } last
                && last.Top.Option == entry.Top.Option && last.Top.Strength == entry.Top.Strength)
            {
                merged[^1] = last with { Region = previous.Through(region) };
            }
            else
            {
                merged.Add(entry);
            }
        }

        return merged;
    }
}
