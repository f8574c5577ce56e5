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
/// <remarks>
/// Runs once per patient, so it walks precomputed per-option rule lists and reuses each rule's statement and
/// trace entries (immutable) rather than building them with LINQ every time.
/// </remarks>
internal static class Ranker
{
    private static readonly TreatmentOption[] AllOptions = Enum.GetValues<TreatmentOption>();
    private static readonly IReadOnlyDictionary<string, object> NoDetails = new System.Collections.ObjectModel.ReadOnlyDictionary<string, object>(new Dictionary<string, object>(StringComparer.Ordinal));

    public static RecommendationReport Rank(RuleSet ruleSet, PatientFacts facts, EvaluationResult evaluation)
    {
        var outcomes = evaluation.Outcomes;
        var cited = new bool[ruleSet.CitationOrder.Count];
        var citationIndex = ruleSet.CitationIndex;

        var options = new RankedOption[AllOptions.Length];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = Assess(ruleSet, AllOptions[i], outcomes, cited);
        }

        // Strength, then score descending, then contract order: a total order, so the sort is deterministic.
        Array.Sort(options, static (a, b) =>
            a.Strength != b.Strength ? a.Strength.CompareTo(b.Strength)
            : a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.Option.CompareTo(b.Option));
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = options[i] with { Rank = i + 1 };
        }

        var notes = new List<Statement>();
        var traces = new RuleTrace[outcomes.Length];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var o = outcomes[i];
            traces[i] = o.Error is null ? o.Rule.Traces[(int)o.Status] : new RuleTrace(o.Rule.Definition.Id, o.Status, o.Error);
            if (o.Status == RuleStatus.Fired && o.Rule.Definition.Target.IsReportNote)
            {
                notes.Add(StatementOf(o.Rule, cited, citationIndex));
            }
        }

        var trials = new List<TrialMatch>();
        foreach (var trial in ruleSet.Trials)
        {
            List<Statement>? matched = null;
            foreach (var o in outcomes)
            {
                if (o.Status == RuleStatus.Fired && o.Rule.Definition.Target.TrialId == trial.Id)
                {
                    (matched ??= []).Add(StatementOf(o.Rule, cited, citationIndex));
                }
            }

            if (matched is not null)
            {
                trials.Add(new TrialMatch { TrialId = trial.Id, Title = trial.Title, Summary = trial.Summary, MatchedBecause = matched.ToArray() });
            }
        }

        var citations = new Dictionary<string, CitationEntry>(StringComparer.Ordinal);
        for (var i = 0; i < cited.Length; i++)
        {
            if (cited[i])
            {
                citations[ruleSet.CitationOrder[i]] = ruleSet.CitationEntries[i];
            }
        }

        return new RecommendationReport
        {
            RuleSet = ruleSet.Identity,
            PatientId = facts.PatientId,
            Derived = DerivedValues(ruleSet, evaluation.Derived, evaluation.Unknown),
            Options = options,
            Notes = notes.ToArray(),
            Trials = trials.ToArray(),
            MissingFacts = Missing(outcomes),
            Rules = traces,
            Citations = citations,
            Disclaimer = ruleSet.Manifest.Disclaimer,
        };
    }

    private static RankedOption Assess(RuleSet ruleSet, TreatmentOption option, RuleOutcome[] outcomes, bool[] cited)
    {
        var citationIndex = ruleSet.CitationIndex;
        var mine = ruleSet.RulesByOption[(int)option];
        var fired = new List<CompiledRule>(mine.Length);
        List<RuleOutcome>? unresolved = null;
        bool adviseAgainst = false, recommend = false, consider = false, inform = false, liftedExclusion = false;
        foreach (var index in mine)
        {
            var o = outcomes[index];
            if (o.Status == RuleStatus.Fired)
            {
                fired.Add(o.Rule);
                var effect = o.Rule.Definition.Effect;
                adviseAgainst |= effect == RuleEffect.AdviseAgainst;
                recommend |= effect == RuleEffect.Recommend;
                consider |= effect == RuleEffect.Consider;
                inform |= effect == RuleEffect.Inform;
            }
            else if (o.Status is RuleStatus.NotEvaluable or RuleStatus.Error)
            {
                (unresolved ??= []).Add(o);
            }
            else if (o.Status == RuleStatus.Suppressed && o.Rule.Definition.Effect == RuleEffect.AdviseAgainst)
            {
                liftedExclusion = true;
            }
        }

        var strength = adviseAgainst ? Strength.NotAdvised : recommend ? Strength.Recommended : consider ? Strength.Consider : Strength.NotAdvised;

        // An exclusion that could not be checked, or that a more specific rule lifted, never leaves an option recommended.
        if (strength == Strength.Recommended && (liftedExclusion || unresolved?.Exists(o => o.Rule.Definition.Effect == RuleEffect.AdviseAgainst) == true))
        {
            strength = Strength.Consider;
        }

        // How-to details (inform) matter only for an option that is on the table.
        var dropInform = strength == Strength.NotAdvised && inform;
        var reasons = new List<Statement>();
        var cautions = new List<Statement>();
        var score = 0m;
        var exclusions = 0;
        List<TreatmentOption>? combine = null;
        if (!(recommend || consider || adviseAgainst))
        {
            var fallback = ruleSet.DefaultFor(option);
            Cite(fallback.Cite, cited, citationIndex);
            reasons.Add(new Statement { RuleId = "manifest:" + Words<TreatmentOption>.Of(option), Text = fallback.NoIndication, Citations = fallback.Cite });
        }

        foreach (var rule in fired)
        {
            var definition = rule.Definition;
            score += definition.Score;
            var included = !(dropInform && definition.Effect == RuleEffect.Inform);
            if (definition.Effect == RuleEffect.Caution)
            {
                cautions.Add(StatementOf(rule, cited, citationIndex));
            }
            else if (definition.Effect == RuleEffect.AdviseAgainst)
            {
                // The reasons that decide the strength come first: exclusions before the rest.
                reasons.Insert(exclusions++, StatementOf(rule, cited, citationIndex));
            }
            else if (included)
            {
                reasons.Add(StatementOf(rule, cited, citationIndex));
            }

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

        if (unresolved is not null)
        {
            foreach (var o in unresolved)
            {
                cautions.Add(Unresolved(o, cited, citationIndex));
            }
        }

        combine?.Sort();
        return new RankedOption
        {
            Rank = 0,
            Option = option,
            Strength = strength,
            Score = Normalise(score),
            Details = DetailsOf(fired, dropInform),
            CombineWith = combine is null ? [] : combine.ToArray(),
            Reasons = reasons,
            Cautions = cautions,
        };
    }

    // Lower priority first, so a higher-priority rule overwrites (stable within a priority); keys in ordinal order.
    private static IReadOnlyDictionary<string, object> DetailsOf(List<CompiledRule> fired, bool dropInform)
    {
        List<RuleDefinition>? setters = null;
        foreach (var rule in fired)
        {
            var d = rule.Definition;
            if (d.Details.Count > 0 && d.Effect != RuleEffect.AdviseAgainst && !(dropInform && d.Effect == RuleEffect.Inform))
            {
                // Insert after every rule of lower or equal priority: a stable sort by priority.
                setters ??= [];
                var at = setters.Count;
                while (at > 0 && setters[at - 1].Priority > d.Priority)
                {
                    at--;
                }

                setters.Insert(at, d);
            }
        }

        if (setters is null)
        {
            return NoDetails;
        }

        var details = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var d in setters)
        {
            foreach (var (key, value) in d.Details)
            {
                details[key] = value;
            }
        }

        var keys = details.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var ordered = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            ordered[key] = details[key];
        }

        return ordered;
    }

    private static Statement Unresolved(RuleOutcome outcome, bool[] cited, IReadOnlyDictionary<string, int> citationIndex)
    {
        var rule = outcome.Rule.Definition;
        Cite(rule.Cite, cited, citationIndex);
        var why = outcome.Status == RuleStatus.Error
            ? $"rule failed ({outcome.Error})"
            : "needs " + string.Join(", ", outcome.Missing.Indices().Select(i => FactCatalog.All[i].Path));
        var effect = rule.Effect == RuleEffect.AdviseAgainst ? "Could not rule out" : "Could not assess";
        return new Statement { RuleId = rule.Id, Text = $"{effect}: {rule.Title} ({why}).", Evidence = rule.Evidence, Section = rule.Section, Citations = rule.Cite };
    }

    private static Statement StatementOf(CompiledRule rule, bool[] cited, IReadOnlyDictionary<string, int> citationIndex)
    {
        Cite(rule.Definition.Cite, cited, citationIndex);
        return rule.Statement;
    }

    private static void Cite(IReadOnlyList<string> keys, bool[] cited, IReadOnlyDictionary<string, int> citationIndex)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            cited[citationIndex[keys[i]]] = true;
        }
    }

    private static MissingFact[] Missing(RuleOutcome[] outcomes)
    {
        var all = FactMask.Empty;
        foreach (var o in outcomes)
        {
            if (o.Status == RuleStatus.NotEvaluable)
            {
                all = all.Union(o.Missing);
            }
        }

        if (all.IsEmpty)
        {
            return [];
        }

        var missing = new List<MissingFact>();
        foreach (var index in all.Indices())
        {
            var neededBy = new List<string>();
            foreach (var o in outcomes)
            {
                if (o.Status == RuleStatus.NotEvaluable && o.Missing.Contains(index) && !neededBy.Contains(o.Rule.Definition.Id))
                {
                    neededBy.Add(o.Rule.Definition.Id);
                }
            }

            missing.Add(new MissingFact(FactCatalog.All[index].Path, neededBy.ToArray()));
        }

        return missing.ToArray();
    }

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
