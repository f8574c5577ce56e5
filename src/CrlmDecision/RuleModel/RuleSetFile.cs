namespace CrlmDecision.RuleModel;

/// <summary>One file of a rule set: its path inside the set (forward slashes) and its text.</summary>
internal sealed record RuleSetFile(string Path, string Text)
{
    public const string Manifest = "manifest.yaml";
    public const string Citations = "citations.yaml";
    public const string Derived = "derived.yaml";
    public const string RulesFolder = "rules/";
    public const string TrialsFile = "trials.yaml";
}
