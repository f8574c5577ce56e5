namespace CrlmDecision.RuleModel;

/// <summary>A clinical trial a patient may be matched to: investigational, never a ranked option.</summary>
/// <param name="Id">Id rules name in <c>then: { trial: ... }</c>.</param>
/// <param name="Title">Official title.</param>
/// <param name="Summary">What the trial tests, in one or two sentences.</param>
/// <param name="Registry">Registry number, when known.</param>
public sealed record TrialDefinition(string Id, string Title, string Summary, string? Registry)
{
    /// <summary>The title in Simplified Chinese; null when the rule set gives none.</summary>
    public string? TitleZhCn { get; init; }

    /// <summary>The summary in Simplified Chinese; null when the rule set gives none.</summary>
    public string? SummaryZhCn { get; init; }

    /// <summary>The line of the trial in trials.yaml (0 for trials not read from a file).</summary>
    public int Line { get; init; }
}
