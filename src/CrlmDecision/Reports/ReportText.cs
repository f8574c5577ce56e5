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

    /// <summary>A statement with its rule, evidence, section and citations.</summary>
    public static string Statement(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var evidence = statement.Evidence is { } e ? Facts.Words<EvidenceLevel>.Of(e) + "; " : "";
        var section = statement.Section is null ? "" : "review " + statement.Section + "; ";
        return $"{statement.Text} [{statement.RuleId}; {evidence}{section}{string.Join(", ", statement.Citations)}]";
    }
}
