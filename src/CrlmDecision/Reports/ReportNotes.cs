using CrlmDecision.Evaluation;

namespace CrlmDecision.Reports;

/// <summary>
/// The report's notes: the sentences of fired rules about the whole case (e.g. the MDT and the NED goal) rather
/// than one option or trial, in rule order.
/// </summary>
internal static class ReportNotes
{
    /// <summary>The notes for <paramref name="statuses"/>, their citations marked in <paramref name="cited"/>.</summary>
    public static Statement[] Of(ReportParts parts, RuleStatus[] statuses, CitedSet cited)
    {
        List<Statement>? notes = null;
        for (var i = 0; i < statuses.Length; i++)
        {
            if (statuses[i] == RuleStatus.Fired && parts.Rules[i].Definition.Target.IsReportNote)
            {
                (notes ??= []).Add(cited.RuleStatement(i));
            }
        }

        return notes is null ? [] : notes.ToArray();
    }
}
