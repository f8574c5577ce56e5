using CrlmDecision.Evaluation;

namespace CrlmDecision.Reports;

/// <summary>
/// The report's notes: the sentences of fired rules about the whole case (e.g. the MDT and the NED goal) rather
/// than one option or trial, in rule order; before them, when no option is on the table (none recommended or
/// consider), the manifest's no-local-option sentence if it has one.
/// </summary>
internal static class ReportNotes
{
    /// <summary>The notes for <paramref name="statuses"/> and the ranked <paramref name="options"/>, their citations marked in <paramref name="cited"/>.</summary>
    public static Statement[] Of(ReportParts parts, RuleStatus[] statuses, IReadOnlyList<RankedOption> options, CitedSet cited)
    {
        List<Statement>? notes = null;
        if (parts.NoLocalOption is not null && !options.Any(o => o.Strength is Strength.Recommended or Strength.Consider))
        {
            (notes ??= []).Add(cited.NoLocalOption()!);
        }

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
