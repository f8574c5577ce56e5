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
            var tried = new List<(object Value, Region? Region, int Position, Judgement Top)>();
            foreach (var (value, region, position) in Candidates(fact, compiled.Thresholds.GetValueOrDefault(index)))
            {
                var filled = FactValues.With(facts, fact.Path, value);
                if (FactsValidator.Check(filled, null).Errors.Count == 0)
                {
                    tried.Add((value, region, position, Ranker.Judge(parts, Evaluator.Evaluate(compiled, filled).Statuses)[0]));
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
    // Each value with the range it stands for (numbers) and its position among the ranges.
    private static IEnumerable<(object Value, Region? Region, int Position)> Candidates(FactPath fact, Threshold[]? thresholds)
    {
        if (fact.Type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(fact.Type))
        {
            return []; // a list (the options a centre offers): not tried
        }

        if (fact.Words.Count > 0)
        {
            return fact.Words.Select((word, i) => ((object)word, (Region?)null, i));
        }

        if (fact.Type == typeof(bool))
        {
            return [(false, null, 0), (true, null, 1)];
        }

        if (FactValues.Range(fact.Path) is not { } range)
        {
            return [];
        }

        // A number no rule compares with a number: one value tells whether knowing it changes anything at all.
        var whole = fact.Type == typeof(int);
        return Region.Split(thresholds ?? [], range.Min, range.Max, whole).Select((r, i) => (whole ? (object)(int)r.Sample : r.Sample, (Region?)r, i));
    }

    private static string Describe(object value) => value switch
    {
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // Neighbouring number ranges with the same answer read as one range ("> 30, ≤ 40"), tried at the first one's
    // value; words and flags stay as they are. Only neighbours: a range refused with the other facts breaks the run.
    private static List<(object Value, Region? Region, int Position, Judgement Top)> Merge(List<(object Value, Region? Region, int Position, Judgement Top)> tried)
    {
        var merged = new List<(object Value, Region? Region, int Position, Judgement Top)>();
        foreach (var entry in tried)
        {
            if (entry.Region is { } region && merged.Count > 0 && merged[^1] is { Region: { } previous } last
                && last.Position + 1 == entry.Position && last.Top.Option == entry.Top.Option && last.Top.Strength == entry.Top.Strength)
            {
                merged[^1] = last with { Region = previous.Through(region), Position = entry.Position };
            }
            else
            {
                merged.Add(entry);
            }
        }

        return merged;
    }
}
