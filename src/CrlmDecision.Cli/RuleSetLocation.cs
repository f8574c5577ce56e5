using System.CommandLine;
using CrlmDecision.RuleSets;

namespace CrlmDecision.Cli;

/// <summary>
/// The rule-set folder a workbench command works on: the [DIR] argument or --rules DIR, or --rules-version X
/// under rules/crlm-local-therapy, or by default the newest released (non-draft) version there.
/// </summary>
internal sealed class RuleSetLocation
{
    public Argument<string?> Argument { get; } = new("DIR")
    {
        Description = "Rule-set folder (holding manifest.yaml); default: the newest released version under rules/crlm-local-therapy",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Directory { get; } = new("--rules") { Description = "Rule-set folder, the same as DIR" };

    public Option<string?> Version { get; } = new("--rules-version") { Description = "A version under rules/crlm-local-therapy, e.g. 1.1.0-draft" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Argument);
        command.Options.Add(Directory);
        command.Options.Add(Version);
    }

    /// <summary>The chosen folder; throws <see cref="RuleSetException"/> when the choice is ambiguous or missing.</summary>
    public string Resolve(ParseResult result) =>
        Resolve(result.GetValue(Argument) ?? result.GetValue(Directory), result.GetValue(Version), Environment.CurrentDirectory);

    public static string Resolve(string? directory, string? version, string start)
    {
        if (directory is not null && version is not null)
        {
            throw new RuleSetException(directory, [new RuleSetError(directory, 0, null, "use either a folder or --rules-version, not both")]);
        }

        return directory ?? RuleSetVersions.Resolve(RuleSetVersions.FindRoot(start), version);
    }

    /// <summary>OLD and NEW of <c>rules diff</c>: a folder, or a version under rules/crlm-local-therapy.</summary>
    public static string FolderOrVersion(string value, string start) =>
        System.IO.Directory.Exists(value) ? value : RuleSetVersions.Resolve(RuleSetVersions.FindRoot(start), value);
}
