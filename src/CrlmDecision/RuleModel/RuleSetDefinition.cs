namespace CrlmDecision.RuleModel;

/// <summary>A rule set as its files define it, parsed and checked: nothing compiled yet. Immutable.</summary>
/// <param name="Manifest">Identity, source, status and option defaults.</param>
/// <param name="Sha256">SHA-256 (lower-case hex) of the content: every file but the manifest, normalised to LF.</param>
/// <param name="Citations">The citation catalogue, in file order.</param>
/// <param name="Derived">Derived facts, in file order.</param>
/// <param name="Rules">Rules in file and declaration order: a rule's position is its index everywhere.</param>
/// <param name="Trials">Trials rules can match.</param>
/// <param name="Location">Where it was loaded from (directory, or <c>embedded:id/version</c>).</param>
internal sealed record RuleSetDefinition(
    RuleSetManifest Manifest, string Sha256, IReadOnlyList<Citation> Citations, IReadOnlyList<DerivedFactDefinition> Derived,
    IReadOnlyList<RuleDefinition> Rules, IReadOnlyList<TrialDefinition> Trials, string Location);
