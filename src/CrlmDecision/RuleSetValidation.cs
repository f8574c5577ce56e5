using CrlmDecision.RuleModel;

namespace CrlmDecision;

/// <summary>The result of checking a rule set: every problem found, its content hash and, when valid, the rule set.</summary>
/// <param name="Location">Directory or embedded name checked.</param>
/// <param name="Sha256">SHA-256 of the content (every file but the manifest); empty when the files could not be read.</param>
/// <param name="Problems">Errors and warnings, in the order found.</param>
/// <param name="RuleSet">The compiled rule set; null when there is any error.</param>
public sealed record RuleSetValidation(string Location, string Sha256, IReadOnlyList<RuleSetError> Problems, RuleSet? RuleSet)
{
    /// <summary>Problems that stop the rule set from loading.</summary>
    public IReadOnlyList<RuleSetError> Errors => Problems.Where(p => !p.IsWarning).ToArray();

    /// <summary>Problems that do not stop the load.</summary>
    public IReadOnlyList<RuleSetError> Warnings => Problems.Where(p => p.IsWarning).ToArray();
}
