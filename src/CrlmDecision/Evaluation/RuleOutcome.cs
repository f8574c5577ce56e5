using CrlmDecision.RuleSets;

namespace CrlmDecision.Evaluation;

/// <summary>The result of one rule for one patient.</summary>
/// <param name="Rule">The compiled rule.</param>
/// <param name="Status">What happened.</param>
/// <param name="Missing">Unknown patient facts that made it not evaluable.</param>
/// <param name="Error">The failure, for status error.</param>
internal readonly record struct RuleOutcome(CompiledRule Rule, RuleStatus Status, FactMask Missing, string? Error);
