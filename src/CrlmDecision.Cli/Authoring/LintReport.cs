using CrlmDecision.RuleModel;

namespace CrlmDecision.Cli.Authoring;

/// <summary><c>crlm rules lint</c>: every problem of a rule set at once, then the content hash.</summary>
internal static class LintReport
{
    public static int Run(string directory, bool strict, TextWriter output)
    {
        var validation = RuleSet.Validate(directory);
        var problems = validation.Problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.IsWarning)
            .ToArray();
        output.WriteLine($"rule set {directory}");
        foreach (var problem in problems)
        {
            output.WriteLine("  " + problem.ToString().Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        var errors = problems.Count(p => !p.IsWarning);
        var warnings = problems.Length - errors;
        if (validation.RuleSet is { } set)
        {
            output.WriteLine($"  {set.Rules.Count} rules, {set.DerivedFacts.Count} derived facts, {set.Citations.Count} citations, {set.Trials.Count} trials");
        }

        if (validation.Sha256.Length > 0)
        {
            output.WriteLine($"contentSha256: {validation.Sha256}");
        }

        output.WriteLine($"{errors} error(s), {warnings} warning(s)");
        return errors > 0 ? ExitCodes.RuleSetError : strict && warnings > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
