using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.WhatIf;

namespace CrlmDecision;

/// <summary>The engine: validation, derived facts, rules, ranking. Immutable; share one instance.</summary>
public sealed class CrlmDecisionEngine : ICrlmDecisionEngine
{
    /// <summary>An engine over <paramref name="ruleSet"/>.</summary>
    public CrlmDecisionEngine(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        RuleSet = ruleSet;
    }

    /// <inheritdoc/>
    public RuleSet RuleSet { get; }

    /// <summary>An engine over the newest released rule set embedded in the library.</summary>
    public static CrlmDecisionEngine CreateDefault() => new(RuleSet.LoadEmbedded());

    /// <inheritdoc/>
    public RecommendationReport Recommend(PatientFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var check = FactsValidator.Check(facts, null);
        if (check.Errors.Count > 0)
        {
            throw new InvalidFactsException(facts.PatientId, check.Errors);
        }

        return Evaluate(facts, check.Warnings);
    }

    /// <inheritdoc/>
    public RecommendationReport Recommend(FactsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (facts, warnings) = document.Checked();
        return Evaluate(facts, warnings);
    }

    // Only on validated facts: both Recommend overloads validate once, then come here.
    private RecommendationReport Evaluate(PatientFacts facts, IReadOnlyList<FactWarning> warnings)
    {
        var evaluation = Evaluator.Evaluate(RuleSet.Compiled, facts);
        var decisive = WhatIfAnalysis.Of(RuleSet.Compiled, RuleSet.Parts, facts, evaluation);
        return Ranker.Rank(RuleSet.Parts, facts, warnings, evaluation, decisive);
    }
}
