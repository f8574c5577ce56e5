using System.CommandLine;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Cli;

/// <summary>
/// Which rule set a command uses: --rules DIR or --rules-version X. For the workbench commands (folder mode)
/// also a [DIR] argument, and versions are folders under rules/crlm-local-therapy (default: the newest released
/// one there); for the evaluating commands (embedded mode) versions are the ones embedded in crlm (default: the
/// newest released one), so they work without the repository.
/// </summary>
internal sealed class RuleSetLocation(bool embedded = false)
{
    public Argument<string?> Argument { get; } = new("DIR")
    {
        Description = "Rule-set folder (holding manifest.yaml); default: the newest released version under rules/crlm-local-therapy",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Directory { get; } = new("--rules")
    {
        Description = embedded
            ? "Rule-set folder (holding manifest.yaml); default: the newest released rule set embedded in crlm"
            : "Rule-set folder, the same as DIR",
    };

    public Option<string?> Version { get; } = new("--rules-version")
    {
        Description = embedded ? "Pin an embedded rule-set version, e.g. 1.0.0" : "A version under rules/crlm-local-therapy, e.g. 1.1.0-draft",
    };

    public void AddTo(Command command)
    {
        if (!embedded)
        {
            command.Arguments.Add(Argument);
        }

        command.Options.Add(Directory);
        command.Options.Add(Version);
    }

    /// <summary>Loads the chosen rule set; throws <see cref="RuleSetException"/> listing every problem.</summary>
    public RuleSet Load(ParseResult result)
    {
        if (!embedded)
        {
            return RuleSet.Load(Resolve(result));
        }

        var directory = result.GetValue(Directory);
        var version = result.GetValue(Version);
        RefuseBoth(directory, version);
        return directory is not null ? RuleSet.Load(directory) : RuleSet.LoadEmbedded(version);
    }

    /// <summary>
    /// The rule-set arguments as the user gave them (<c>--rules-version X</c>, <c>--rules DIR</c> or <c>DIR</c>),
    /// empty for the default, so a hint that repeats them chooses the same rule set when pasted.
    /// </summary>
    public string Arguments(ParseResult result) =>
        result.GetValue(Version) is { } version ? "--rules-version " + Quote(version)
        : result.GetValue(Directory) is { } directory ? "--rules " + Quote(directory)
        : !embedded && result.GetValue(Argument) is { } argument ? Quote(argument)
        : "";

    /// <summary><paramref name="value"/> as one shell word (POSIX quoting when it holds anything but plain path characters).</summary>
    public static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "/\\._-+:=@,".Contains(c, StringComparison.Ordinal))
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>The chosen folder; throws <see cref="RuleSetException"/> when the choice is ambiguous or missing.</summary>
    public string Resolve(ParseResult result) =>
        Resolve(result.GetValue(Argument) ?? result.GetValue(Directory), result.GetValue(Version), Environment.CurrentDirectory);

    public static string Resolve(string? directory, string? version, string start)
    {
        RefuseBoth(directory, version);
        return directory ?? RuleSetVersions.Resolve(RuleSetVersions.FindRoot(start), version);
    }

    /// <summary>OLD and NEW of <c>rules diff</c>: a folder, or a version under rules/crlm-local-therapy.</summary>
    public static string FolderOrVersion(string value, string start) =>
        System.IO.Directory.Exists(value) ? value : RuleSetVersions.Resolve(RuleSetVersions.FindRoot(start), value);

    private static void RefuseBoth(string? directory, string? version)
    {
        if (directory is not null && version is not null)
        {
            throw new RuleSetException(directory, [new RuleSetError(directory, 0, null, "use either a folder (--rules) or --rules-version, not both")]);
        }
    }
}
