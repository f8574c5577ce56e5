using CrlmDecision.Evaluation;
using CrlmDecision.Expressions;
using CrlmDecision.Facts;
using CrlmDecision.RuleSets;

namespace CrlmDecision.Reports;

/// <summary>
/// Turns rule outcomes into the report, deterministically: an advise-against outweighs everything; a
/// recommendation is capped at consider when an exclusion for the option could not be evaluated; an option
/// nothing supports is not-advised with the manifest's reason; ties break by score, then contract order.
/// </summary>
internal static class Ranker
{
    public static RecommendationReport Rank(RuleSet ruleSet, PatientFacts facts, EvaluationResult evaluation)
    {
        var outcomes = evaluation.Outcomes;
        var citations = new HashSet<string>(StringComparer.Ordinal);
        var options = Enum.GetValues<TreatmentOption>()
            .Select(option => Assess(ruleSet, option, outcomes, citations))
            .OrderBy(o => o.Strength)
            .ThenByDescending(o => o.Score)
            .ThenBy(o => o.Option)
            .Select((o, i) => o with { Rank = i + 1 })
            .ToArray();

        var notes = outcomes.Where(o => o.Status == RuleStatus.Fired && o.Rule.Definition.Target.IsReportNote)
            .Select(o => StatementOf(o.Rule.Definition, citations)).ToArray();
        var trials = ruleSet.Trials
            .Select(t => (Trial: t, Matched: outcomes.Where(o => o.Status == RuleStatus.Fired && o.Rule.Definition.Target.TrialId == t.Id).ToArray()))
            .Where(t => t.Matched.Length > 0)
            .Select(t => new TrialMatch
            {
                TrialId = t.Trial.Id,
                Title = t.Trial.Title,
                Summary = t.Trial.Summary,
                MatchedBecause = t.Matched.Select(o => StatementOf(o.Rule.Definition, citations)).ToArray(),
            })
            .ToArray();

        return new RecommendationReport
        {
            RuleSet = new RuleSetIdentity(ruleSet.Id, ruleSet.Version, ruleSet.Sha256),
            PatientId = facts.PatientId,
            Derived = DerivedValues(ruleSet, evaluation.Derived, evaluation.Unknown),
            Options = options,
            Notes = notes,
            Trials = trials,
            MissingFacts = Missing(outcomes),
            Rules = outcomes.Select(o => new RuleTrace(o.Rule.Definition.Id, o.Status, o.Error)).ToArray(),
            Citations = ruleSet.CitationOrder.Where(citations.Contains)
                .ToDictionary(k => k, k => new CitationEntry(ruleSet.Citations[k].Text, ruleSet.Citations[k].Doi), StringComparer.Ordinal),
            Disclaimer = ruleSet.Manifest.Disclaimer,
        };
    }

    private static RankedOption Assess(RuleSet ruleSet, TreatmentOption option, RuleOutcome[] outcomes, HashSet<string> citations)
    {
        var mine = outcomes.Where(o => o.Rule.Definition.Target.Options.Contains(option)).ToArray();
        var fired = mine.Where(o => o.Status == RuleStatus.Fired).Select(o => o.Rule.Definition).ToArray();
        var unresolved = mine.Where(o => o.Status is RuleStatus.NotEvaluable or RuleStatus.Error).ToArray();

        var strength = fired.Any(r => r.Effect == RuleEffect.AdviseAgainst) ? Strength.NotAdvised
            : fired.Any(r => r.Effect == RuleEffect.Recommend) ? Strength.Recommended
            : fired.Any(r => r.Effect == RuleEffect.Consider) ? Strength.Consider
            : Strength.NotAdvised;
        // An exclusion that could not be checked, or that a more specific rule lifted, never leaves an option recommended.
        if (strength == Strength.Recommended
            && mine.Any(o => o.Rule.Definition.Effect == RuleEffect.AdviseAgainst && o.Status is RuleStatus.NotEvaluable or RuleStatus.Error or RuleStatus.Suppressed))
        {
            strength = Strength.Consider;
        }

        // How-to details (inform) matter only for an option that is on the table.
        var informative = strength == Strength.NotAdvised ? fired.Where(r => r.Effect != RuleEffect.Inform).ToArray() : fired;
        // The reasons that decide the strength come first: exclusions, then recommendations, then the rest.
        var reasons = informative.Where(r => r.Effect is not RuleEffect.Caution).OrderBy(r => r.Effect != RuleEffect.AdviseAgainst)
            .Select(r => StatementOf(r, citations)).ToList();
        if (!fired.Any(r => r.Effect is RuleEffect.Recommend or RuleEffect.Consider or RuleEffect.AdviseAgainst))
        {
            var fallback = ruleSet.DefaultFor(option);
            citations.UnionWith(fallback.Cite);
            reasons.Insert(0, new Statement { RuleId = "manifest:" + Words<TreatmentOption>.Of(option), Text = fallback.NoIndication, Citations = fallback.Cite });
        }

        var cautions = fired.Where(r => r.Effect == RuleEffect.Caution).Select(r => StatementOf(r, citations))
            .Concat(unresolved.Select(o => Unresolved(o, citations)))
            .ToArray();
        var details = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var rule in informative.Where(r => r.Effect != RuleEffect.AdviseAgainst).OrderBy(r => r.Priority))
        {
            foreach (var (key, value) in rule.Details)
            {
                details[key] = value;
            }
        }

        return new RankedOption
        {
            Rank = 0,
            Option = option,
            Strength = strength,
            Score = Normalise(fired.Sum(r => r.Score)),
            Details = details.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            CombineWith = informative.Where(r => r.Effect != RuleEffect.AdviseAgainst).SelectMany(r => r.CombineWith).Where(o => o != option).Distinct().Order().ToArray(),
            Reasons = reasons,
            Cautions = cautions,
        };
    }

    private static Statement Unresolved(RuleOutcome outcome, HashSet<string> citations)
    {
        var rule = outcome.Rule.Definition;
        citations.UnionWith(rule.Cite);
        var why = outcome.Status == RuleStatus.Error
            ? $"rule failed ({outcome.Error})"
            : "needs " + string.Join(", ", outcome.Missing.Indices().Select(i => FactCatalog.All[i].Path));
        var effect = rule.Effect == RuleEffect.AdviseAgainst ? "Could not rule out" : "Could not assess";
        return new Statement { RuleId = rule.Id, Text = $"{effect}: {rule.Title} ({why}).", Evidence = rule.Evidence, Section = rule.Section, Citations = rule.Cite };
    }

    private static Statement StatementOf(RuleDefinition rule, HashSet<string> citations)
    {
        citations.UnionWith(rule.Cite);
        return new Statement { RuleId = rule.Id, Text = rule.Because, Evidence = rule.Evidence, Section = rule.Section, Citations = rule.Cite };
    }

    private static MissingFact[] Missing(RuleOutcome[] outcomes) =>
        outcomes.Where(o => o.Status == RuleStatus.NotEvaluable)
            .SelectMany(o => o.Missing.Indices().Select(i => (Index: i, o.Rule.Definition.Id)))
            .GroupBy(x => x.Index)
            .OrderBy(g => g.Key)
            .Select(g => new MissingFact(FactCatalog.All[g.Key].Path, g.Select(x => x.Id).Distinct().ToArray()))
            .ToArray();

    private static SortedDictionary<string, object?> DerivedValues(RuleSet ruleSet, object derived, FactMask unknown)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fact in ruleSet.Derived)
        {
            values[fact.Definition.Name] = unknown.Contains(fact.Index) ? null : fact.Read(derived);
        }

        return values;
    }

    // 7.50m and 7.5m print differently; strip trailing zeros so equal scores print equally.
    private static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;
}
