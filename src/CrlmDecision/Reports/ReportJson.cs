using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrlmDecision.Reports;

/// <summary>Writes a report as the contract's JSON: indented, invariant, byte-identical for the same report.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions CompactOptions = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as one line of JSON (for JSON Lines output); same content as <see cref="Serialize"/>.</summary>
    public static string SerializeCompact(RecommendationReport report) => JsonSerializer.Serialize(report, CompactOptions);

    /// <summary>The report as JSON text (LF line ends, no trailing newline).</summary>
    public static string Serialize(RecommendationReport report) => JsonSerializer.Serialize(report, Options);
}
