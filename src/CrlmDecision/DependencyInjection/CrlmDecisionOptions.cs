using System.Globalization;

namespace CrlmDecision.DependencyInjection;

/// <summary>
/// Which rule set a registered engine uses. Default (nothing set): the newest released rule set embedded in
/// the library. Set at most one of <see cref="RuleSetDirectory"/> and <see cref="RuleSetVersion"/>; add
/// <see cref="RuleSetSha256"/> to pin the exact content.
/// </summary>
/// <remarks>Read once, when <c>AddCrlmDecision</c> is called; later changes to the instance have no effect.</remarks>
public sealed class CrlmDecisionOptions
{
    /// <summary>Load the rule set from this directory (the folder holding manifest.yaml) instead of the embedded one.</summary>
    public string? RuleSetDirectory { get; set; }

    /// <summary>Pin an embedded version (e.g. "1.0.0"); null takes the newest released (non-draft) version.</summary>
    public string? RuleSetVersion { get; set; }

    /// <summary>
    /// Expected SHA-256 (64 lower-case hex digits) of the rule set's content, as reported in every report's
    /// <c>ruleSet.sha256</c>; when set, a rule set with other content stops the host at start.
    /// </summary>
    public string? RuleSetSha256 { get; set; }

    /// <summary>Every problem of the options, in one list; empty when valid.</summary>
    internal IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (RuleSetDirectory is not null && RuleSetVersion is not null)
        {
            problems.Add("set either RuleSetDirectory or RuleSetVersion, not both: a directory holds exactly one version");
        }

        if (RuleSetDirectory is not null && string.IsNullOrWhiteSpace(RuleSetDirectory))
        {
            problems.Add("RuleSetDirectory is empty; leave it null to use the embedded rule set");
        }
        else if (RuleSetDirectory is not null && !Directory.Exists(RuleSetDirectory))
        {
            problems.Add($"RuleSetDirectory '{RuleSetDirectory}' does not exist");
        }
        else if (RuleSetDirectory is not null && !File.Exists(Path.Combine(RuleSetDirectory, "manifest.yaml")))
        {
            problems.Add($"RuleSetDirectory '{RuleSetDirectory}' holds no manifest.yaml; point it at one version's folder");
        }

        if (RuleSetVersion is not null && !IsVersion(RuleSetVersion))
        {
            problems.Add($"RuleSetVersion '{RuleSetVersion}' is not a semantic version such as 1.0.0");
        }

        if (RuleSetSha256 is not null && !IsSha256(RuleSetSha256))
        {
            problems.Add($"RuleSetSha256 '{RuleSetSha256}' is not 64 lower-case hex digits");
        }

        return problems;
    }

    private static bool IsVersion(string text)
    {
        var core = text.Split('-', 2)[0].Split('.');
        return core.Length == 3 && core.All(part => part.Length > 0 && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }

    private static bool IsSha256(string text) => text.Length == 64 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
