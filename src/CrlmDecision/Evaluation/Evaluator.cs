using CrlmDecision.Expressions;
using CrlmDecision.Facts;
using CrlmDecision.RuleSets;

namespace CrlmDecision.Evaluation;

/// <summary>
/// Stage 1 computes the derived facts in dependency order, stage 2 the rules, both with three-valued logic:
/// whatever an unknown fact could change is unknown, and carries the unknown patient facts behind it.
/// </summary>
internal static class Evaluator
{
    public static EvaluationResult Evaluate(RuleSet ruleSet, PatientFacts facts)
    {
        var view = PatientViewBuilder.Build(facts, out var unknown);
        var derived = ruleSet.NewDerived();
        var failed = FactMask.Empty;
        // Both stay null for the common patient with no failure and no unknown derived fact.
        Dictionary<int, string>? failures = null;
        Dictionary<int, FactMask>? causes = null;
        foreach (var fact in ruleSet.Derived)
        {
            if (fact.Needs.Overlaps(failed))
            {
                failed = failed.With(fact.Index);
                failures![fact.Index] = failures[fact.Needs.Intersect(failed).Indices().First()];
                continue;
            }

            try
            {
                var missing = FactMask.Empty;
                var value = fact.Value.Evaluate(view, derived, unknown, ref missing);
                if (value is double number && !double.IsFinite(number))
                {
                    // A division by zero or the like: never a number that rules would silently compare with.
                    failed = failed.With(fact.Index);
                    (failures ??= [])[fact.Index] = $"derived fact {fact.Definition.Name} is not a finite number";
                }
                else if (value is not null)
                {
                    fact.Store(derived, value);
                }
                else
                {
                    unknown = unknown.With(fact.Index);
                    var expanded = Expand(missing, causes);
                    (causes ??= [])[fact.Index] = expanded;
                }
            }
            catch (Exception e) when (RuntimeFailure.Is(e))
            {
                failed = failed.With(fact.Index);
                (failures ??= [])[fact.Index] = $"derived fact {fact.Definition.Name}: {RuntimeFailure.Describe(e)}";
            }
        }

        var outcomes = new RuleOutcome[ruleSet.Compiled.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var rule = ruleSet.Compiled[i];
            outcomes[i] = rule.Needs.Overlaps(failed)
                ? new RuleOutcome(rule, RuleStatus.Error, FactMask.Empty, failures![rule.Needs.Intersect(failed).Indices().First()])
                : Run(rule, view, derived, unknown, causes);
        }

        Suppress(outcomes);
        return new EvaluationResult(derived, unknown.Union(failed), outcomes);
    }

    private static RuleOutcome Run(CompiledRule rule, PatientView view, object derived, FactMask unknown, Dictionary<int, FactMask>? causes)
    {
        try
        {
            var missing = FactMask.Empty;
            return rule.Condition.Evaluate(view, derived, unknown, ref missing) switch
            {
                Truth.True => new RuleOutcome(rule, RuleStatus.Fired, FactMask.Empty, null),
                Truth.False => new RuleOutcome(rule, RuleStatus.NotFired, FactMask.Empty, null),
                _ => new RuleOutcome(rule, RuleStatus.NotEvaluable, Expand(missing, causes), null),
            };
        }
        catch (Exception e) when (RuntimeFailure.Is(e))
        {
            return new RuleOutcome(rule, RuleStatus.Error, FactMask.Empty, RuntimeFailure.Describe(e));
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


    private static void Suppress(RuleOutcome[] outcomes)
    {
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i].Status != RuleStatus.Fired || outcomes[i].Rule.Definition.Suppresses.Count == 0)
            {
                continue;
            }

            for (var j = 0; j < outcomes.Length; j++)
            {
                // A suppressed rule cannot change the outcome, whatever its own status: it asks for no facts.
                if (outcomes[j].Status is RuleStatus.Fired or RuleStatus.NotEvaluable or RuleStatus.Error
                    && outcomes[i].Rule.Definition.Suppresses.Contains(outcomes[j].Rule.Definition.Id))
                {
                    outcomes[j] = outcomes[j] with { Status = RuleStatus.Suppressed };
                }
            }
        }
    }
}

/// <summary>The outcome of stages 1 and 2 for one patient.</summary>
/// <param name="Derived">The derived-facts object.</param>
/// <param name="Unknown">Unknown (or failed) facts and derived facts.</param>
/// <param name="Outcomes">One outcome per rule, in rule-set order.</param>
internal sealed record EvaluationResult(object Derived, FactMask Unknown, RuleOutcome[] Outcomes);
