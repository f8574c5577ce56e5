using System.Globalization;
using System.Text;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Mutation;

/// <summary>
/// What a mutant's report is compared on: the answer a clinician acts on. The options in rank order with their
/// strength, score (it orders options of the same strength), details and the ids of the rules behind their reasons and cautions; the values of the derived facts the
/// report shows (GEN-004 sends the MDT to the clinical risk score there); the report's notes by rule id; the trial
/// matches with the rules that matched them. Left out: the rule set's version and hash, the rule trace, texts (they follow the rule ids), and the missing and decisive facts (ADR 0009).
/// </summary>
internal static class Answer
{
    /// <summary>The answer of <paramref name="report"/> as one deterministic string.</summary>
    public static string Of(RecommendationReport report)
    {
        var text = new StringBuilder();
        foreach (var option in report.Options)
        {
            text.Append(Words<TreatmentOption>.Of(option.Option)).Append(' ').Append(Words<Strength>.Of(option.Strength))
                .Append(' ').Append(option.Score.ToString(CultureInfo.InvariantCulture)).Append(" {");
            foreach (var (key, value) in option.Details.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(';');
            }

            text.Append("} reasons ").AppendJoin(',', option.Reasons.Select(r => r.RuleId));
            text.Append(" cautions ").AppendJoin(',', option.Cautions.Select(r => r.RuleId)).Append('\n');
        }

        foreach (var (name, value) in report.Derived)
        {
            text.Append(name).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(';');
        }

        text.Append("\nnotes ").AppendJoin(',', report.Notes.Select(n => n.RuleId)).Append('\n');
        foreach (var trial in report.Trials)
        {
            text.Append("trial ").Append(trial.TrialId).Append(' ').AppendJoin(',', trial.MatchedBecause.Select(r => r.RuleId)).Append('\n');
        }

        return text.ToString();
    }
}
