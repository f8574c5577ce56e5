using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;
using RulesEngine.Models;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The shipped rule set translated into a RulesEngine workflow: one Rule per rule, the same expression, and
/// the same inputs p (the patient view) and d (the derived facts, computed by our stage 1 beforehand).
/// </summary>
public static class RulesEngineHarness
{
    public const string WorkflowName = "crlm";

    /// <summary>The library's own settings (rulesengine-notes.md), with the compiler choice as given.</summary>
    public static ReSettings Settings(bool fastCompiler) => RuleSetCompiler.EngineSettings(fastCompiler);

    public static Workflow[] Workflows(RuleSet ruleSet) =>
    [
        new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = ruleSet.Rules.Select(r => new Rule
            {
                RuleName = r.Id,
                Expression = r.When,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
            }).ToList(),
        },
    ];

    public static RulesEngine.RulesEngine Create(RuleSet ruleSet, bool fastCompiler) =>
        new(Workflows(ruleSet), Settings(fastCompiler));

    /// <summary>The inputs RulesEngine gets: the patient view and the derived facts object.</summary>
    public static RuleParameter[] Inputs(RuleSet ruleSet, PatientFacts facts)
    {
        var evaluation = Evaluator.Evaluate(ruleSet, facts);
        var view = PatientViewBuilder.Build(facts, out _);
        var derived = ruleSet.NewDerived();
        for (var i = 0; i < ruleSet.Derived.Length; i++)
        {
            if (evaluation.Derived[i] is { } value)
            {
                ruleSet.Derived[i].Store(derived, value);
            }
        }

        return [new RuleParameter("p", view), new RuleParameter("d", derived)];
    }

    /// <summary>Runs every rule and fails loudly if RulesEngine could not compile or run one (so a benchmark never times errors).</summary>
    public static int Execute(RulesEngine.RulesEngine engine, RuleParameter[] inputs, bool check = false)
    {
        var results = engine.ExecuteAllRulesAsync(WorkflowName, inputs).AsTask().GetAwaiter().GetResult();
        var fired = 0;
        foreach (var result in results)
        {
            if (check && !string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine failed on {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            fired += result.IsSuccess ? 1 : 0;
        }

        return fired;
    }
}
