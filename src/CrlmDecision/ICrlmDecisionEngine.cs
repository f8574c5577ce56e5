using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;

namespace CrlmDecision;

/// <summary>Evaluates patient facts against one compiled rule set.</summary>
/// <remarks>
/// Implementations are thread-safe and deterministic: a pure function of (facts, rule set), with no clock,
/// randomness or culture. Unknown facts are never read as favourable: rules that need them are reported as
/// not evaluable and the facts appear under <see cref="RecommendationReport.MissingFacts"/>.
/// </remarks>
public interface ICrlmDecisionEngine
{
    /// <summary>The rule set every report of this engine comes from.</summary>
    RuleSet RuleSet { get; }

    /// <summary>
    /// Ranks the six options for <paramref name="facts"/>. Safe to call concurrently; never logs the facts.
    /// Unknown facts make the rules that need them not evaluable (listed in the report's missing facts), and an
    /// option whose exclusion could not be checked is capped at consider.
    /// </summary>
    /// <exception cref="InvalidFactsException">The facts are invalid; nothing was evaluated.</exception>
    RecommendationReport Recommend(PatientFacts facts);

    /// <summary>
    /// Validates <paramref name="document"/> (ranges and consistency, each error with its field path and line)
    /// and ranks the six options for its facts as <see cref="Recommend(PatientFacts)"/> does. A document read
    /// with <see cref="FactsReader.ReadDocument"/> is validated here once, where checked facts from
    /// <see cref="FactsReader.Read"/> would be validated again.
    /// </summary>
    /// <exception cref="InvalidFactsException">The facts are invalid; nothing was evaluated.</exception>
    RecommendationReport Recommend(FactsDocument document);
}
