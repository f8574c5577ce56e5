using System.Globalization;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>Plain-text pieces shared by the Markdown and table writers.</summary>
public static class ReportText
{
    /// <summary>Details as <c>key=value</c> pairs in key order.</summary>
    public static string Details(IReadOnlyDictionary<string, object> details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return string.Join(", ", details.Select(d => $"{d.Key}={Convert.ToString(d.Value, CultureInfo.InvariantCulture)}"));
    }

    /// <summary>
    /// An option's details, then each pending detail as <c>key=value if RULE applies — FACTS unknown</c>, e.g.
    /// <c>marginMm=5; marginMm=10 if ABL-006 applies — molecular.ras unknown</c>.
    /// </summary>
    public static string Details(RankedOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var pending = option.PendingDetails.Select(p =>
            $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)} if {p.RuleId} applies — {(p.MissingFacts.Count == 0 ? "a fact" : string.Join(", ", p.MissingFacts))} unknown");
        return string.Join("; ", new[] { Details(option.Details) }.Concat(pending).Where(part => part.Length > 0));
    }

    /// <summary>The lead of a reason an exclusion overrules (<c>Overruled by RES-003</c>); null when it is not overruled.</summary>
    public static string? Overruled(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return statement.OverruledBy is { Count: > 0 } by ? "Overruled by " + string.Join(", ", by) : null;
    }

    /// <summary>A statement with its rule, evidence, section and citations.</summary>
    public static string Statement(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var evidence = statement.Evidence is { } e ? Facts.Words<EvidenceLevel>.Of(e) + "; " : "";
        var section = statement.Section is null ? "" : "review " + statement.Section + "; ";
        return $"{statement.Text} [{statement.RuleId}; {evidence}{section}{string.Join(", ", statement.Citations)}]";
    }
}
