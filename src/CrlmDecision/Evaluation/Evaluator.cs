using CrlmDecision.Compilation;
using CrlmDecision.Facts;
using NRules.Diagnostics;

namespace CrlmDecision.Evaluation;

/// <summary>
/// Runs one patient through the rule set's NRules network: a session, the patient and the three verdicts
/// inserted, <c>Fire()</c>; derived facts chain into the rules that read them, and every rule records its
/// outcome in the session's <see cref="Outcomes"/>. Then the outcomes are read back in rule-set order and
/// suppressions applied (ADR 0005).
/// </summary>
internal static class Evaluator
{
    public static EvaluationResult Evaluate(CompiledRuleSet ruleSet, PatientFacts facts)
    {
        var result = Run(ruleSet, facts);
        Suppress(ruleSet, result.Statuses);
        return result;
    }

    /// <summary>The network's outcome for every rule, before suppression (mutation testing combines outcomes first).</summary>
    internal static EvaluationResult Run(CompiledRuleSet ruleSet, PatientFacts facts)
    {
        var session = ruleSet.Sessions.CreateSession();
        var outcomes = new Outcomes(ruleSet.RuleCount, ruleSet.DerivedFacts.Count);
        session.DependencyResolver = outcomes;
        Dictionary<int, string>? failures = null;
        session.Events.LhsExpressionFailedEvent += (_, e) => Failed(ruleSet, e, e.Rules, ref failures);
        session.Events.RhsExpressionFailedEvent += (_, e) => Failed(ruleSet, e, [e.Match.Rule], ref failures);
        session.InsertAll(Verdict.All);
        session.Insert(PatientViewBuilder.Build(facts));
        session.Fire();

        var result = new EvaluationResult(new object?[ruleSet.DerivedNames.Length], new RuleStatus[ruleSet.RuleCount]);
        foreach (var derived in outcomes.Derived)
        {
            if (derived is not null)
            {
                result.Derived[Array.BinarySearch(ruleSet.DerivedNames, derived.Name, StringComparer.Ordinal)] = derived.Value;
            }
        }

        for (var i = 0; i < ruleSet.RuleCount; i++)
        {
            // A condition or action that threw: the rule's verdict, if it took one, is not to be trusted.
            if (failures?.GetValueOrDefault(i) is { } failure)
            {
                result.Fail(i, failure);
            }
            else if (outcomes.Rules[i] is { } outcome)
            {
                Record(result, outcome);
            }
            else
            {
                result.Fail(i, "no outcome");
            }
        }

        return result;
    }

    private static void Record(EvaluationResult result, RuleOutcome outcome)
    {
        switch (outcome.Truth)
        {
            case Truth.True:
                result.Statuses[outcome.Rule] = RuleStatus.Fired;
                break;
            case Truth.False:
                result.Statuses[outcome.Rule] = RuleStatus.NotFired;
                break;
            default:
                if (outcome.Failure is { } failure)
                {
                    result.Fail(outcome.Rule, failure);
                }
                else
                {
                    result.NotEvaluable(outcome.Rule, outcome.Missing);
                }

                break;
        }
    }

    // NRules raises these when a condition or an action throws. Handled, a condition counts as false and an action
    // as done, so the session goes on; the rules named are marked error. (A derived fact's action catches its own
    // failures, so a rule reading it sees a failed derived fact rather than none.)
    private static void Failed(CompiledRuleSet ruleSet, IRecoverableError error, IEnumerable<NRules.RuleModel.IRuleDefinition> rules, ref Dictionary<int, string>? failures)
    {
        error.IsHandled = true;
        foreach (var rule in rules)
        {
            if (ruleSet.RuleIndex.TryGetValue(rule.Name, out var index))
            {
                // The exception's type, not its message: messages follow the host's UI culture.
                (failures ??= []).TryAdd(index, error.Exception!.GetType().Name);
            }
        }
    }

    /// <summary>
    /// Lifts the rules that fired rules suppress. A short step after the network rather than NRules patterns: a
    /// suppressed rule keeps its own outcome in the trace (suppressed), which a retracted or never-fired rule could not.
    /// </summary>
    internal static void Suppress(CompiledRuleSet ruleSet, RuleStatus[] statuses)
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
