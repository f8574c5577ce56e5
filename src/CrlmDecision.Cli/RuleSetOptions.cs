using System.CommandLine;
using CrlmDecision.RuleSets;

namespace CrlmDecision.Cli;

/// <summary>The --rules and --rules-version options shared by the commands that evaluate.</summary>
internal sealed class RuleSetOptions
{
    public Option<string?> Directory { get; } = new("--rules")
    {
        Description = "Rule-set folder (holding manifest.yaml); default: the newest released rule set embedded in crlm",
    };

    public Option<string?> Version { get; } = new("--rules-version")
    {
        Description = "Pin an embedded rule-set version, e.g. 1.0.0",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Directory);
        command.Options.Add(Version);
    }

    /// <summary>Loads the chosen rule set; throws <see cref="RuleSetException"/> listing every problem.</summary>
    public RuleSet Load(ParseResult result)
    {
        var directory = result.GetValue(Directory);
        var version = result.GetValue(Version);
        if (directory is not null && version is not null)
        {
            throw new RuleSetException(directory, [new RuleSetError(directory, 0, null, "use either --rules or --rules-version, not both")]);
        }

        return directory is not null ? RuleSet.Load(directory) : RuleSet.LoadEmbedded(version);
    }
}
