using CrlmDecision.Expressions;
using CrlmDecision.Facts;
using CrlmDecision.RuleSets;

namespace CrlmDecision.Evaluation;

/// <summary>
/// Stage 1 computes the derived facts in dependency order, stage 2 the rules, both with three-valued logic:
/// whatever an unknown fact could change is unknown, and carries the unknown patient facts behind it.
/// </summary>
/// <remarks>
/// A rule or derived fact whose needed facts are all known runs two-valued, where Kleene logic and C# agree:
/// such rules run 16 to a compiled method (<see cref="KnownRules"/>). Only a rule that reads an unknown fact
/// walks its three-valued tree (ADR 0003).
/// </remarks>
internal static class Evaluator
{
    public static EvaluationResult Evaluate(RuleSet ruleSet, PatientFacts facts)
    {
        var view = PatientViewBuilder.Build(facts, out var unknown);
        var derived = ruleSet.NewDerived();
        var values = new object?[ruleSet.Derived.Length];
        var failed = FactMask.Empty;
        // Both stay null for the common patient with no failure and no unknown derived fact.
        Dictionary<int, string>? failures = null;
        Dictionary<int, FactMask>? causes = null;
        for (var i = 0; i < values.Length; i++)
        {
            var fact = ruleSet.Derived[i];
            if (fact.Needs.Overlaps(failed))
            {
                failed = failed.With(fact.Index);
                failures![fact.Index] = failures[fact.Needs.Intersect(failed).First()];
                continue;
            }

            try
            {
                var missing = FactMask.Empty;
                var value = fact.Needs.Overlaps(unknown)
                    ? fact.Value.Evaluate(view, derived, unknown, ref missing)
                    : fact.Compute(view, derived);
                if (value is double number && !double.IsFinite(number))
                {
                    // A division by zero or the like: never a number that rules would silently compare with.
                    failed = failed.With(fact.Index);
                    (failures ??= [])[fact.Index] = $"derived fact {fact.Definition.Name} is not a finite number";
                }
                else if (value is not null)
                {
                    fact.Store(derived, value);
                    values[i] = value;
                }
                else
                {
                    unknown = unknown.With(fact.Index);
                    (causes ??= [])[fact.Index] = Expand(missing, causes);
                }
            }
            catch (Exception e) when (RuntimeFailure.Is(e))
            {
                failed = failed.With(fact.Index);
                (failures ??= [])[fact.Index] = $"derived fact {fact.Definition.Name}: {RuntimeFailure.Describe(e)}";
            }
        }

        var result = new EvaluationResult(values, unknown.Union(failed), new RuleStatus[ruleSet.Compiled.Length]);
        var statuses = result.Statuses;
        var blocked = result.Unknown; // unknown or failed: these rules never run two-valued
        for (var i = 0; i < statuses.Length; i++)
        {
            if (!ruleSet.Compiled[i].Needs.Overlaps(blocked))
            {
                statuses[i] = EvaluationStatus.Pending;
            }
        }

        foreach (var known in ruleSet.KnownRules)
        {
            try
            {
                known(view, derived, statuses);
            }
            catch (Exception e) when (RuntimeFailure.Is(e))
            {
                // A rule of this method failed: its rules still pending run one by one below, so the failure is named.
            }
        }

        for (var i = 0; i < statuses.Length; i++)
        {
            var rule = ruleSet.Compiled[i];
            if (rule.Needs.Overlaps(failed))
            {
                result.Fail(i, failures![rule.Needs.Intersect(failed).First()]);
            }
            else if (rule.Needs.Overlaps(unknown))
            {
                RunThreeValued(rule, view, derived, unknown, causes, result, i);
            }
            else if (statuses[i] == EvaluationStatus.Pending)
            {
                Run(rule, view, derived, result, i);
            }
        }

        Suppress(ruleSet, result.Statuses);
        return result;
    }

    private static void Run(CompiledRule rule, PatientView view, object derived, EvaluationResult result, int i)
    {
        try
        {
            result.Statuses[i] = rule.Test.Delegate(view, derived) ? RuleStatus.Fired : RuleStatus.NotFired;
        }
        catch (Exception e) when (RuntimeFailure.Is(e))
        {
            result.Fail(i, RuntimeFailure.Describe(e));
        }
    }

    private static void RunThreeValued(CompiledRule rule, PatientView view, object derived, FactMask unknown, Dictionary<int, FactMask>? causes, EvaluationResult result, int i)
    {
        try
        {
            var missing = FactMask.Empty;
            switch (rule.Condition.Evaluate(view, derived, unknown, ref missing))
            {
                case Truth.True:
                    result.Statuses[i] = RuleStatus.Fired;
                    break;
                case Truth.False:
                    result.Statuses[i] = RuleStatus.NotFired;
                    break;
                default:
                    result.NotEvaluable(i, Expand(missing, causes));
                    break;
            }
        }
        catch (Exception e) when (RuntimeFailure.Is(e))
        {
            result.Fail(i, RuntimeFailure.Describe(e));
        }
    }

    // Replaces unknown derived facts by the unknown patient facts behind them.
    private static FactMask Expand(FactMask missing, Dictionary<int, FactMask>? causes)
    {
        var result = FactMask.Empty;
        foreach (var index in missing.Indices())
        {
            result = index < FactCatalog.All.Count ? result.With(index) : result.Union(causes?.GetValueOrDefault(index) ?? FactMask.Empty);
        }

        return result;
    }

    /// <summary>Lifts the rules that fired rules suppress (in rule order); also used by the benchmarks' hand-written row.</summary>
    internal static void Suppress(RuleSet ruleSet, RuleStatus[] statuses)
    {
        foreach (var (rule, suppressed) in ruleSet.Suppressions)
        {
            if (statuses[rule] != RuleStatus.Fired)
            {
                continue;
            }

            foreach (var j in suppressed)
            {
                // A suppressed rule cannot change the outcome, whatever its own status: it asks for no facts.
                if (statuses[j] is RuleStatus.Fired or RuleStatus.NotEvaluable or RuleStatus.Error)
                {
                    statuses[j] = RuleStatus.Suppressed;
                }
            }
        }
    }
}
