using CrlmDecision.Evaluation;
using CrlmDecision.Tests.Safety;
using CsCheck;

namespace CrlmDecision.Tests.Evaluation;

/// <summary>
/// The evaluator runs a rule (or derived fact) whose needed facts are all known as one two-valued delegate
/// instead of its three-valued tree. Over generated patients (unknown facts included) both must agree on
/// every such rule and derived fact: the same truth, the same value, or both failing.
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

            foreach (var rule in ruleSet.Compiled.Where(r => !r.Needs.Overlaps(unknown)))
            {
                var missing = FactMask.Empty;
                var tree = Outcome(() => rule.Condition.Evaluate(view, derived, unknown, ref missing));
                Assert.NotEqual(Truth.Unknown, tree);
                Assert.Equal(tree, Outcome(() => rule.Test(view, derived) ? Truth.True : Truth.False));
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
