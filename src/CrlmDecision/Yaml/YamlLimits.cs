namespace CrlmDecision.Yaml;

/// <summary>Bounds on a document, so hostile input is refused before it costs memory or time.</summary>
internal sealed record YamlLimits(int MaxChars, int MaxDepth, int MaxNodes)
{
    /// <summary>Limits for one patient's facts: a real document is a few kilobytes.</summary>
    public static YamlLimits Facts { get; } = new(MaxChars: 1_000_000, MaxDepth: 16, MaxNodes: 20_000);

    /// <summary>Limits for one rule-set file.</summary>
    public static YamlLimits RuleFile { get; } = new(MaxChars: 4_000_000, MaxDepth: 32, MaxNodes: 400_000);
}
