using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;

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
    private static readonly IReadOnlyDictionary<string, object> NoDetails = new ArrayMap<object>([], []);

    public static RecommendationReport Rank(ReportParts ruleSet, PatientFacts facts, EvaluationResult evaluation)
    {
        var statuses = evaluation.Statuses;
        var cited = new bool[ruleSet.CitationOrder.Count];

        // Judge every option first (no allocation), order them, then build each option once with its rank.
        Span<Judgement> judged = stackalloc Judgement[AllOptions.Length];
        for (var i = 0; i < judged.Length; i++)
        {
            judged[i] = Judge(ruleSet, AllOptions[i], statuses);
        }

        // Strength, then score descending, then contract order: a total order, so the sort is deterministic.
        judged.Sort(static (a, b) =>
            a.Strength != b.Strength ? a.Strength.CompareTo(b.Strength)
            : a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.Option.CompareTo(b.Option));

        // One pair of working lists for all six options; each option keeps an exact-size copy.
        var work = (Reasons: new List<Statement>(16), Cautions: new List<Statement>(16));
        var options = new RankedOption[judged.Length];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = Build(ruleSet, judged[i], i + 1, evaluation, cited, work);
        }

        List<Statement>? notes = null;
        for (var i = 0; i < statuses.Length; i++)
        {
            var rule = ruleSet.Rules[i];
            if (statuses[i] == RuleStatus.Fired && rule.Definition.Target.IsReportNote)
            {
                (notes ??= []).Add(StatementOf(ruleSet, i, cited));
            }
        }

        List<TrialMatch>? trials = null;
        foreach (var trial in ruleSet.Trials)
        {
            List<Statement>? matched = null;
            for (var i = 0; i < statuses.Length; i++)
            {
                var rule = ruleSet.Rules[i];
                if (statuses[i] == RuleStatus.Fired && rule.Definition.Target.TrialId == trial.Id)
                {
                    (matched ??= []).Add(StatementOf(ruleSet, i, cited));
                }
            }

            if (matched is not null)
            {
                (trials ??= []).Add(new TrialMatch { TrialId = trial.Id, Title = trial.Title, Summary = trial.Summary, MatchedBecause = matched.ToArray() });
            }
        }

        return new RecommendationReport
        {
            RuleSet = ruleSet.Identity,
            PatientId = facts.PatientId,
            Derived = new ArrayMap<object?>(ruleSet.DerivedNames, evaluation.Derived),
            Options = options,
            Notes = notes is null ? [] : notes.ToArray(),
            Trials = trials is null ? [] : trials.ToArray(),
            MissingFacts = Missing(ruleSet, evaluation),
            Rules = new RuleTraceList(ruleSet.Rules, evaluation),
            Citations = Citations(ruleSet, cited),
            Disclaimer = ruleSet.Disclaimer,
        };
    }

    /// <summary>What the rules of one option say, before any sentence is built.</summary>
    private readonly record struct Judgement(TreatmentOption Option, Strength Strength, decimal Score, bool Supported, bool DropInform, bool Unresolved);

    private static Judgement Judge(ReportParts ruleSet, TreatmentOption option, RuleStatus[] statuses)
    {
        bool adviseAgainst = false, recommend = false, consider = false, inform = false, liftedExclusion = false, unresolved = false, unresolvedExclusion = false;
        var score = 0m;
        foreach (var index in ruleSet.RulesByOption[(int)option])
        {
            var definition = ruleSet.Rules[index].Definition;
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

        // An exclusion that could not be checked, or that a more specific rule lifted, never leaves an option recommended.
        if (strength == Strength.Recommended && (liftedExclusion || unresolvedExclusion))
        {
            strength = Strength.Consider;
        }

        // How-to details (inform) matter only for an option that is on the table.
        var dropInform = strength == Strength.NotAdvised && inform;
        return new Judgement(option, strength, Normalise(score), recommend || consider || adviseAgainst, dropInform, unresolved);
    }

    private static RankedOption Build(ReportParts ruleSet, Judgement judged, int rank, EvaluationResult evaluation, bool[] cited, (List<Statement> Reasons, List<Statement> Cautions) work)
    {
        var statuses = evaluation.Statuses;
        var option = judged.Option;
        var mine = ruleSet.RulesByOption[(int)option];
        var (reasons, cautions) = work;
        reasons.Clear();
        cautions.Clear();
        var exclusions = 0;
        List<TreatmentOption>? combine = null;
        if (!judged.Supported)
        {
            Cite(ruleSet.NoIndicationCitations[(int)option], cited);
            reasons.Add(ruleSet.NoIndication[(int)option]);
        }

        foreach (var index in mine)
        {
            if (statuses[index] != RuleStatus.Fired)
            {
                continue;
            }

            var rule = ruleSet.Rules[index];
            var definition = rule.Definition;
            var included = !(judged.DropInform && definition.Effect == RuleEffect.Inform);
            if (definition.Effect == RuleEffect.Caution)
            {
                cautions.Add(StatementOf(ruleSet, index, cited));
            }
            else if (definition.Effect == RuleEffect.AdviseAgainst)
            {
                // The reasons that decide the strength come first: exclusions before the rest.
                reasons.Insert(exclusions++, StatementOf(ruleSet, index, cited));
            }
            else if (included)
            {
                reasons.Add(StatementOf(ruleSet, index, cited));
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

        if (judged.Unresolved)
        {
            foreach (var index in mine)
            {
                if (statuses[index] is RuleStatus.NotEvaluable or RuleStatus.Error)
                {
                    cautions.Add(Unresolved(ruleSet, evaluation, index, cited));
                }
            }
        }

        combine?.Sort();
        return new RankedOption
        {
            Rank = rank,
            Option = option,
            Strength = judged.Strength,
            Score = judged.Score,
            Details = DetailsOf(ruleSet, mine, statuses, judged.DropInform),
            CombineWith = combine is null ? [] : combine.ToArray(),
            Reasons = reasons.ToArray(),
            Cautions = cautions.Count == 0 ? [] : cautions.ToArray(),
        };
    }

    // Lower priority first, so a higher-priority rule overwrites (stable within a priority); keys in ordinal order.
    private static IReadOnlyDictionary<string, object> DetailsOf(ReportParts ruleSet, int[] mine, RuleStatus[] statuses, bool dropInform)
    {
        // Usually one rule (or none) sets details: share its map instead of building one.
        ReportedRule? only = null;
        var count = 0;
        foreach (var index in mine)
        {
            if (SetsDetails(ruleSet.Rules[index], statuses[index], dropInform))
            {
                only = ruleSet.Rules[index];
                count++;
            }
        }

        switch (count)
        {
            case 0:
                return NoDetails;
            case 1:
                return only!.Details;
        }

        var setters = new List<ReportedRule>(count);
        foreach (var index in mine)
        {
            var rule = ruleSet.Rules[index];
            if (SetsDetails(rule, statuses[index], dropInform))
            {
                // Insert after every rule of lower or equal priority: a stable sort by priority.
                var at = setters.Count;
                while (at > 0 && setters[at - 1].Definition.Priority > rule.Definition.Priority)
                {
                    at--;
                }

                setters.Insert(at, rule);
            }
        }

        var keys = new List<string>();
        var values = new List<object>();
        foreach (var rule in setters)
        {
            foreach (var (key, value) in rule.Definition.Details)
            {
                var at = keys.IndexOf(key);
                if (at >= 0)
                {
                    values[at] = value;
                }
                else
                {
                    keys.Add(key);
                    values.Add(value);
                }
            }
        }

        var keyArray = keys.ToArray();
        var valueArray = values.ToArray();
        Array.Sort(keyArray, valueArray, StringComparer.Ordinal);
        return new ArrayMap<object>(keyArray, valueArray);
    }

    private static bool SetsDetails(ReportedRule rule, RuleStatus status, bool dropInform)
    {
        var d = rule.Definition;
        return status == RuleStatus.Fired && d.Details.Count > 0 && d.Effect != RuleEffect.AdviseAgainst && !(dropInform && d.Effect == RuleEffect.Inform);
    }

    private static Statement Unresolved(ReportParts ruleSet, EvaluationResult evaluation, int index, bool[] cited)
    {
        var rule = ruleSet.Rules[index];
        var error = evaluation.ErrorOf(index);
        Cite(ruleSet.RuleCitations[index], cited);
        return error is null ? rule.NotEvaluable(evaluation.MissingOf(index)) : rule.Failed(error);
    }

    // A rule's sentence, marking its citations (catalogue positions precomputed per rule) as used.
    private static Statement StatementOf(ReportParts ruleSet, int index, bool[] cited)
    {
        Cite(ruleSet.RuleCitations[index], cited);
        return ruleSet.Rules[index].Statement;
    }

    private static void Cite(int[] positions, bool[] cited)
    {
        foreach (var position in positions)
        {
            cited[position] = true;
        }
    }

    // By fact (in catalogue order), each with the rules that needed it (in rule order).
    private static MissingFact[] Missing(ReportParts ruleSet, EvaluationResult evaluation)
    {
        var statuses = evaluation.Statuses;
        SortedDictionary<int, List<string>>? neededBy = null;
        for (var i = 0; i < statuses.Length; i++)
        {
            if (statuses[i] == RuleStatus.NotEvaluable)
            {
                foreach (var fact in evaluation.MissingOf(i))
                {
                    neededBy ??= [];
                    if (!neededBy.TryGetValue(fact, out var rules))
                    {
                        neededBy[fact] = rules = [];
                    }

                    rules.Add(ruleSet.Rules[i].Definition.Id);
                }
            }
        }

        return neededBy is null ? [] : neededBy.Select(entry => new MissingFact(FactCatalog.All[entry.Key].Path, entry.Value.ToArray())).ToArray();
    }

    // In catalogue order: the citations any sentence of the report used.
    private static ArrayMap<CitationEntry> Citations(ReportParts ruleSet, bool[] cited)
    {
        var count = 0;
        foreach (var used in cited)
        {
            count += used ? 1 : 0;
        }

        var keys = new string[count];
        var entries = new CitationEntry[count];
        for (int i = 0, at = 0; i < cited.Length; i++)
        {
            if (cited[i])
            {
                keys[at] = ruleSet.CitationOrder[i];
                entries[at++] = ruleSet.CitationEntries[i];
            }
        }

        return new ArrayMap<CitationEntry>(keys, entries);
    }

    // 7.50m and 7.5m print differently; strip trailing zeros so equal scores print equally.
    private static decimal Normalise(decimal value) => value.Scale == 0 ? value : value / 1.000000000000000000000000000000000m;
}
