namespace CrlmDecision.DependencyInjection;

/// <summary>Which rule set the registered engine uses. Default: the newest released rule set embedded in the library.</summary>
public sealed class CrlmDecisionOptions
{
    /// <summary>Load the rule set from this directory (the folder holding manifest.yaml) instead of the embedded one.</summary>
    public string? RuleSetDirectory { get; set; }

    /// <summary>Pin an embedded version (e.g. "1.0.0"); null takes the newest released version.</summary>
    public string? RuleSetVersion { get; set; }

    /// <summary>All problems of the options, in one list; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (RuleSetDirectory is not null && RuleSetVersion is not null)
        {
            problems.Add("set either RuleSetDirectory or RuleSetVersion, not both: a directory holds exactly one version");
        }

        if (RuleSetDirectory is { Length: 0 })
        {
            problems.Add("RuleSetDirectory is empty; leave it null to use the embedded rule set");
        }

        if (RuleSetDirectory is { Length: > 0 } dir && !Directory.Exists(dir))
        {
            problems.Add($"RuleSetDirectory '{dir}' does not exist");
        }

        return problems;
    }
}
