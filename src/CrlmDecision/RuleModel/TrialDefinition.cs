namespace CrlmDecision.RuleModel;

/// <summary>A clinical trial a patient may be matched to: investigational, never a ranked option.</summary>
/// <param name="Id">Id rules name in <c>then: { trial: ... }</c>.</param>
/// <param name="Title">Official title.</param>
/// <param name="Summary">What the trial tests, in one or two sentences.</param>
/// <param name="Registry">Registry number, when known.</param>
public sealed record TrialDefinition(string Id, string Title, string Summary, string? Registry);
