using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;

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
        var errors = FactsValidator.Validate(facts);
        if (errors.Count > 0)
        {
            throw new InvalidFactsException(facts.PatientId, errors);
        }

        return Evaluate(facts);
    }

    /// <inheritdoc/>
    public RecommendationReport Recommend(FactsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Evaluate(document.Validated());
    }

    // Only on validated facts: both Recommend overloads validate once, then come here.
    private RecommendationReport Evaluate(PatientFacts facts)
    {
        var evaluation = Evaluator.Evaluate(RuleSet.Compiled, facts);
        return Ranker.Rank(RuleSet.Parts, facts, evaluation);
    }
}
