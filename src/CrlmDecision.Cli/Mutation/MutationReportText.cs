using System.Globalization;
using CrlmDecision.Mutation;

namespace CrlmDecision.Cli.Mutation;

/// <summary>
/// <c>crlm rules mutate</c>'s report: per rule, the wrong edits no scenario caught, in words a clinician reads; the
/// equivalent edits; the score per kind and overall.
/// </summary>
internal static class MutationReportText
{
    public static void Write(MutationReport report, TextWriter output, TimeSpan elapsed)
    {
        var targets = report.Mutants.Select(m => m.RuleId).Distinct().Count();
        output.WriteLine($"Mutation testing of {report.RuleSetId} {report.Version}: {report.Mutants.Count} wrong edits of {targets} rules and derived facts, each run against {report.Scenarios} scenarios");
        output.WriteLine();

        var survivors = report.Survivors.GroupBy(m => m.RuleId).ToArray();
        output.WriteLine(survivors.Length == 0 ? "Every counted edit was caught by a scenario." : $"Edits no scenario caught ({report.Survivors.Count()}, in {survivors.Length} rules and derived facts):");
        foreach (var rule in survivors)
        {
            var all = report.Mutants.Where(m => m.RuleId == rule.Key).ToArray();
            output.WriteLine($"  {rule.Key} ({all[0].File}:{all[0].Line}): {all.Count(m => m.Status == MutantStatus.Caught)} of {all.Count(m => m.Status is MutantStatus.Caught or MutantStatus.Survived)} caught");
            foreach (var mutant in rule)
            {
                output.WriteLine($"    - {mutant.Gap}");
            }
        }

        var equivalent = report.Mutants.Where(m => m.Status == MutantStatus.Equivalent).ToArray();
        if (equivalent.Length > 0)
        {
            output.WriteLine();
            output.WriteLine($"Equivalent edits, not counted ({equivalent.Length}; the facts' allowed ranges prove they cannot change an answer):");
            foreach (var mutant in equivalent)
            {
                output.WriteLine($"  - {mutant.RuleId}: {mutant.Edit} ({mutant.Because})");
            }
        }

        var invalid = report.Mutants.Where(m => m.Status == MutantStatus.Invalid).ToArray();
        if (invalid.Length > 0)
        {
            output.WriteLine();
            output.WriteLine($"Edits that do not load, not counted ({invalid.Length}):");
            foreach (var mutant in invalid)
            {
                output.WriteLine($"  - {mutant.RuleId}: {mutant.Edit} ({mutant.Because})");
            }
        }

        output.WriteLine();
        output.WriteLine("Score (caught of counted):");
        foreach (var kind in Enum.GetValues<MutationKind>())
        {
            output.WriteLine(Line(Word(kind), report.Caught(kind), report.Counted(kind), report.Score(kind)));
        }

        output.WriteLine(Line("overall", report.Caught(), report.Counted(), report.Score()));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run time: {elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>The word for a kind of edit, as the report and the docs use it.</summary>
    public static string Word(MutationKind kind) => kind switch
    {
        MutationKind.Threshold => "threshold moved",
        MutationKind.Boundary => "boundary < vs <=",
        MutationKind.Logic => "&& vs ||",
        MutationKind.Negation => "! removed",
        MutationKind.Effect => "effect changed",
        _ => "suppresses dropped",
    };

    private static string Line(string name, int caught, int counted, decimal score) =>
        string.Create(CultureInfo.InvariantCulture, $"  {name,-20} {caught,4} of {counted,-4} {score,5:0.0}%");
}
