using System.Globalization;
using System.Linq.Dynamic.Core;
using CrlmDecision.Compilation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using RulesEngine.Models;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The shipped rule set as a Microsoft RulesEngine workflow, the reference row: one Rule per rule with the same
/// expression, over the same inputs p (the patient view) and d (the derived facts, taken from a report).
/// </summary>
public static class RulesEngineHarness
{
    public const string WorkflowName = "crlm";

    // The retired evaluator's settings (its unsafe defaults closed), with the compiler NRules uses here too.
    private static ReSettings Settings() => new()
    {
        CustomTypes = [],
        AutoRegisterInputType = false,
        IsExpressionCaseSensitive = true,
        EnableFormattedErrorMessage = false,
        AutoExecuteActions = false,
        UseFastExpressionCompiler = true,
    };

    public static RulesEngine.RulesEngine Create(RuleSet ruleSet) =>
        new([new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = ruleSet.Rules.Select(r => new Rule { RuleName = r.Id, Expression = r.When, RuleExpressionType = RuleExpressionType.LambdaExpression }).ToList(),
        }], Settings());

    /// <summary>
    /// The inputs: the patient view and a derived-facts object (a Dynamic LINQ class with one property per derived
    /// fact, as the rule expressions read them) holding the values of <paramref name="report"/>; unknown ones stay default.
    /// </summary>
    public static RuleParameter[] Inputs(RuleSet ruleSet, PatientFacts facts, RecommendationReport report)
    {
        var type = DynamicClassFactory.CreateType(
            ruleSet.DerivedFacts.Select(d => new DynamicProperty(RuleSetCompiler.Pascal(d.Name), RuleSetCompiler.ClrType(d.Type))).ToList(), false);
        var derived = Activator.CreateInstance(type)!;
        foreach (var (name, value) in report.Derived)
        {
            if (value is not null)
            {
                var property = type.GetProperty(RuleSetCompiler.Pascal(name))!;
                property.SetValue(derived, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
            }
        }

        return [new RuleParameter("p", PatientViewBuilder.Build(facts)), new RuleParameter("d", derived)];
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
