namespace CrlmDecision.RuleModel;

/// <summary>An entry of the rule set's citation catalogue.</summary>
/// <param name="Key">The key rules cite: <c>review</c> or <c>refN</c> (the review's reference N).</param>
/// <param name="Authors">Authors as printed in the source.</param>
/// <param name="Title">Title.</param>
/// <param name="Journal">Journal.</param>
/// <param name="Year">Year of publication; null for a trial description without one.</param>
/// <param name="Volume">Volume, issue and pages as printed; null when none.</param>
/// <param name="Doi">DOI as printed; null when the source prints none.</param>
public sealed record Citation(string Key, string Authors, string Title, string Journal, int? Year, string? Volume, string? Doi)
{
    /// <summary>
    /// Why no rule cites this entry, when that is deliberate (e.g. the review cites it only as background); an
    /// entry without it that no rule cites is a lint warning.
    /// </summary>
    public string? Uncited { get; init; }

    /// <summary>Line of the entry in citations.yaml (for lint messages).</summary>
    public int Line { get; init; }

    /// <summary>A one-line reference: authors, title, journal year;volume.</summary>
    public string Text => $"{Authors} {Title}. {Journal}{(Year is null ? "" : " " + Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(Volume is null ? "" : ";" + Volume)}.";
}
