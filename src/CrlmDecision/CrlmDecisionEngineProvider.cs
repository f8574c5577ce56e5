using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;

namespace CrlmDecision;

/// <summary>
/// The engine in use, replaceable while reports are being produced: <see cref="Swap"/> installs an engine
/// over a newly loaded rule set in one atomic step.
/// </summary>
/// <remarks>
/// Each call to <c>Recommend</c> reads the current engine once and produces the whole report from it,
/// so a report never mixes the rules of two versions, and its <c>ruleSet</c> identity always names the
/// rules that produced it. Thread-safe.
/// </remarks>
public sealed class CrlmDecisionEngineProvider : ICrlmDecisionEngine
{
    private CrlmDecisionEngine _current;

    /// <summary>A provider that starts with an engine over <paramref name="ruleSet"/>.</summary>
    public CrlmDecisionEngineProvider(RuleSet ruleSet) => _current = new CrlmDecisionEngine(ruleSet);

    /// <summary>The engine new requests go to.</summary>
    public CrlmDecisionEngine Current => Volatile.Read(ref _current);

    /// <inheritdoc/>
    public RuleSet RuleSet => Current.RuleSet;

    /// <inheritdoc/>
    public RecommendationReport Recommend(PatientFacts facts) => Current.Recommend(facts);

    /// <inheritdoc/>
    public RecommendationReport Recommend(FactsDocument document) => Current.Recommend(document);

    /// <summary>
    /// Installs an engine over <paramref name="ruleSet"/> (load and validate it first: a rule set that fails
    /// to load never gets here) and returns the rule set it replaced. Requests already running finish on
    /// the old engine.
    /// </summary>
    public RuleSet Swap(RuleSet ruleSet)
    {
        var next = new CrlmDecisionEngine(ruleSet);
        return Interlocked.Exchange(ref _current, next).RuleSet;
    }
}
