using CrlmDecision.Facts;

namespace CrlmDecision.Reports;

/// <summary>
/// The report's first line: the top option with its strength and the details that name the procedure, every
/// other option recommended or to consider, and how many unknown facts would change this and which. When no
/// option is recommended or to consider, it says so, and names the options that could not be assessed.
/// </summary>
internal static class SummaryLine
{
    // The details that name the procedure (laparoscopic, parenchymal-sparing, MWA ...); margins, detection aids and
    // the like stay in the option's details.
    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal) { "approach", "technique", "modality", "pathway", "timing", "type" };

    public static string Of(IReadOnlyList<RankedOption> options, IReadOnlyList<DecisiveFact> decisive, ReportWords words)
    {
        var parts = new List<string>();
        var advised = options.Where(o => o.Strength is Strength.Recommended or Strength.Consider).ToArray();
        if (advised.Length == 0)
        {
            parts.Add(words.Heading("summary.noLocalOption"));
            parts.AddRange(options.Where(o => o.Strength == Strength.NotAssessable).Select(o => Option(o, words, first: false)));
        }
        else
        {
            parts.AddRange(advised.Select((o, i) => Option(o, words, first: i == 0)));
        }

        if (decisive.Count > 0)
        {
            var names = string.Join(words.Heading("summary.list"), decisive.Select(d => words.Fact(d.Fact)));
            parts.Add(decisive.Count == 1 ? words.Format("summary.decisive.one", names) : words.Format("summary.decisive.many", decisive.Count, names));
        }

        return string.Join(words.Heading("summary.separator"), parts);
    }

    /// <summary>The option as the summary names its first option: name, strength and naming details.</summary>
    public static string Headline(RankedOption option, ReportWords words) => Option(option, words, first: true);

    private static string Option(RankedOption option, ReportWords words, bool first)
    {
        var name = option.Names.Name.In(words.Language);

        // "Ablation to consider" at the start, "...; ablation to consider" after it (names such as SBRT stay as written).
        if (!first && name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]))
        {
            name = char.ToLowerInvariant(name[0]) + name[1..];
        }

        var text = words.Format("summary.option", name, words.Strength(option.Strength));
        // A detail an undecided rule could still change (pendingDetails) is left out: the line states only what is decided.
        var details = option.Details
            .Where(d => Naming.Contains(d.Key) && d.Value is string && !option.PendingDetails.Any(p => p.Key == d.Key))
            .Select(d => words.Word((string)d.Value))
            .ToArray();
        return first && details.Length > 0 ? text + words.Format("summary.details", string.Join(words.Heading("summary.list"), details)) : text;
    }
}
