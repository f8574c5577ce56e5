using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Cli.Batch;

/// <summary>What one patient of a cohort gave: the output line and what the summary counts.</summary>
/// <param name="Json">The compact JSON written to the output (a report, or an error object).</param>
/// <param name="Top">The top-ranked option; null when the input was invalid.</param>
/// <param name="TopStrength">Its strength; null when the input was invalid.</param>
/// <param name="MdtDecision">The MDT's actual decision, when the input carried one.</param>
/// <param name="Bytes">Input size, for the progress bar.</param>
/// <param name="SyntheticDecision">The decision was generated (<c>crlm batch --generate</c>), not made by an MDT.</param>
internal sealed record BatchResult(string Json, TreatmentOption? Top, Strength? TopStrength, TreatmentOption? MdtDecision, long Bytes, bool SyntheticDecision = false)
{
    public bool IsError => Top is null;
}
