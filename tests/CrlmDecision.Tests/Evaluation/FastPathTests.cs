using CrlmDecision.Evaluation;
using CrlmDecision.RuleSets;
using CrlmDecision.Tests.Safety;
using CsCheck;

namespace CrlmDecision.Tests.Evaluation;

/// <summary>
/// The evaluator runs the rules whose needed facts are all known two-valued, all at once (KnownRules), and a
/// derived fact whose facts are known as one delegate, instead of their three-valued trees. Over generated
/// patients (unknown facts included) they must agree on every such rule and derived fact: the same truth,
/// the same value, or both failing.
/// </summary>
public sealed class FastPathTests
{
    [Fact]
    public void TwoValuedDelegate_AllNeededFactsKnown_AgreesWithThreeValuedTree()
    {
        var ruleSet = SharedEngine.Current.RuleSet;
        var checkedRules = 0;
        PatientGenerators.Patient.Sample(facts =>
        {
            var view = PatientViewBuilder.Build(facts, out var unknown);
            var derived = ruleSet.NewDerived();
            foreach (var fact in ruleSet.Derived)
            {
                var missing = FactMask.Empty;
                var tree = Outcome(() => fact.Value.Evaluate(view, derived, unknown, ref missing));
                if (!fact.Needs.Overlaps(unknown))
                {
                    Assert.Equal(tree, Outcome(() => fact.Compute(view, derived)));
                }

                if (tree is null or Type)
                {
                    unknown = unknown.With(fact.Index);
                }
                else
                {
                    fact.Store(derived, tree);
                }
            }

            // All known rules at once, as the evaluator runs them (a failure leaves the failing rule pending).
            var statuses = ruleSet.Compiled.Select(r => r.Needs.Overlaps(unknown) ? RuleStatus.NotEvaluable : EvaluationStatus.Pending).ToArray();
            _ = Outcome(() =>
            {
                foreach (var known in ruleSet.KnownRules)
                {
                    known(view, derived, statuses);
                }

                return null;
            });

            for (var i = 0; i < statuses.Length; i++)
            {
                var rule = ruleSet.Compiled[i];
                if (rule.Needs.Overlaps(unknown))
                {
                    continue;
                }

                var missing = FactMask.Empty;
                var tree = Outcome(() => rule.Condition.Evaluate(view, derived, unknown, ref missing));
                Assert.NotEqual(Truth.Unknown, tree);
                Assert.Equal(tree, Outcome(() => rule.Test.Delegate(view, derived) ? Truth.True : Truth.False));
                if (statuses[i] != EvaluationStatus.Pending)
                {
                    Assert.Equal(tree, statuses[i] == RuleStatus.Fired ? Truth.True : Truth.False);
                }

                checkedRules++;
            }
        }, iter: 5_000);

        Assert.True(checkedRules > 100_000, $"only {checkedRules} rule evaluations had every needed fact known");
    }

    // The value, or the exception's type (two different failures of the same kind count as agreeing).
    private static object? Outcome(Func<object?> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (RuntimeFailure.Is(e))
        {
            return e.GetType();
        }
    }
}
