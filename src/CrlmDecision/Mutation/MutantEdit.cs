using CrlmDecision.RuleModel;

namespace CrlmDecision.Mutation;

/// <summary>
/// One wrong edit as a change of the rule file's text: the characters at <paramref name="Offset"/> replaced, exactly as
/// an author's typo would, so the mutant goes through the same reading, checks and compiling as the original.
/// </summary>
/// <param name="Mutant">What the edit is, for the report.</param>
/// <param name="Offset">Where the replaced characters start in the file's text.</param>
/// <param name="Length">How many characters are replaced.</param>
/// <param name="Replacement">The new text.</param>
/// <param name="Comparison">For a threshold or boundary edit: the comparison before and after (equivalence is decided on it).</param>
internal sealed record MutantEdit(Mutant Mutant, int Offset, int Length, string Replacement, ComparisonEdit? Comparison = null)
{
    /// <summary>The rule set's files with this edit made in its file.</summary>
    public IReadOnlyList<RuleSetFile> Apply(IReadOnlyList<RuleSetFile> files) =>
        files.Select(f => f.Path == Mutant.File ? f with { Text = string.Concat(f.Text.AsSpan(0, Offset), Replacement, f.Text.AsSpan(Offset + Length)) } : f).ToArray();
}
