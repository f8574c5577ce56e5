using CrlmDecision.Facts;
using CrlmDecision.RuleModel;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Mutation;

/// <summary>
/// Mutation testing of a rule set for its authors: would a wrong edit of a rule be caught by the scenarios? Each wrong
/// edit (<see cref="MutationKind"/>) is made in the text of a copy of the rule files held in memory, read and checked
/// like any rule set and compiled by the same compiler onto NRules, and the scenarios are run against it; an edit is
/// caught when some scenario's answer differs from the unedited rule set's (ADR 0009).
/// </summary>
/// <remarks>
/// Edits are judged in parallel, one at a time per processor. What is shared, and why it is the same answer, is in
/// <see cref="MutantJudge"/>. The copy is unsealed (its manifest's <c>contentSha256</c> left out) because every edit
/// changes the content; the unedited set is loaded with its seal checked. Deterministic: the same files and
/// scenarios give the same report.
/// </remarks>
public static class RuleSetMutation
{
    /// <summary>
    /// Makes every wrong edit of the rule set in <paramref name="directory"/> (of the rules and derived facts named in
    /// <paramref name="only"/>, or of all) and runs <paramref name="scenarios"/> against each.
    /// </summary>
    /// <param name="directory">The rule-set folder (holding manifest.yaml).</param>
    /// <param name="scenarios">The scenarios that should catch the edits (usually the folder's scenarios/).</param>
    /// <param name="only">Rule ids or derived-fact names to edit; empty for all.</param>
    /// <param name="parallelism">How many edits are judged at once; default: one per processor.</param>
    /// <exception cref="RuleSetException">The rule set itself does not load.</exception>
    /// <exception cref="InvalidFactsException">A scenario's facts are invalid.</exception>
    /// <exception cref="ArgumentException"><paramref name="only"/> names no rule or derived fact of the set.</exception>
    public static MutationReport Run(string directory, IReadOnlyList<Scenario> scenarios, IReadOnlyCollection<string>? only = null, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        only ??= [];
        var files = RuleSetSource.FromDirectory(directory);
        var original = RuleSet.Load(directory);
        var unknown = only.Where(id => original.Rules.All(r => r.Id != id) && original.Definition.Derived.All(d => d.Name != id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"no rule or derived fact named {string.Join(", ", unknown)} in {directory}", nameof(only));
        }

        var judge = new MutantJudge(original, files, scenarios);
        var edits = MutantGenerator.Of(original.Definition, files, only);
        var judged = new Mutant[edits.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount };
        Parallel.For(0, edits.Count, options, i => judged[i] = judge.Judge(edits[i]));
        return new MutationReport(original.Id, original.Version, scenarios.Count, judged);
    }
}
