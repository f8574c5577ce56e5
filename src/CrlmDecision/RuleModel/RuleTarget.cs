namespace CrlmDecision.RuleModel;

/// <summary>What a rule speaks about: one or more ranked options, the report as a whole, or a trial.</summary>
/// <param name="Options">The ranked options the effect applies to; empty for a report note or a trial.</param>
/// <param name="TrialId">The trial matched (investigational, never ranked); null otherwise.</param>
public sealed record RuleTarget(IReadOnlyList<Facts.TreatmentOption> Options, string? TrialId)
{
    /// <summary>A note on the report as a whole (e.g. the MDT and NED goal).</summary>
    public bool IsReportNote => Options.Count == 0 && TrialId is null;
}
