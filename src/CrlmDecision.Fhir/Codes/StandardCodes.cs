using CrlmDecision.Facts;

namespace CrlmDecision.Fhir;

/// <summary>The LOINC, SNOMED CT and HGNC codes the mapping reads and writes, each checked against a published source.</summary>
internal static class StandardCodes
{
    // LOINC observation codes.
    public const string Ecog = "89247-1";                 // ECOG Performance Status score (mCODE ECOGPerformanceStatus)
    public const string TumorSize = "21889-1";            // Size Tumor (mCODE TumorSize)
    public const string TumorMaxDimension = "33728-7";    // Size.maximum dimension in Tumor (mCODE TumorSize component)
    public const string Cea = "2039-6";                   // Carcinoembryonic Ag [Mass/volume] in Serum or Plasma
    public const string VariantAssessment = "69548-6";    // Genetic variant assessment (genomics-reporting Variant)
    public const string GeneStudied = "48018-6";          // Gene studied [ID]
    public const string AminoAcidChange = "48005-3";      // Amino acid change (pHGVS)
    public const string Msi = "81695-9";                  // Microsatellite instability [Interpretation] in Cancer specimen Qualitative

    // LOINC answers.
    public const string Present = "LA9633-4";
    public const string Absent = "LA9634-2";
    public const string MsiStable = "LA14122-8";
    public const string MsiHigh = "LA26203-2";
    public const string MsiLow = "LA26202-4";
    public const string Indeterminate = "LA11884-6";
    public const string NoCall = "LA18198-4";
    public const string Positive = "LA6576-8";
    public const string Negative = "LA6577-6";

    // HGNC genes.
    public const string Kras = "HGNC:6407";
    public const string Nras = "HGNC:7989";
    public const string Braf = "HGNC:1097";

    // SNOMED CT.
    public const string Liver = "10200004";               // Liver structure
    public const string ColonCancer = "363406005";        // Malignant tumor of colon
    public const string RectumCancer = "363351006";       // Malignant tumor of rectum
    public const string LiverMetastasis = "94381002";     // Secondary malignant neoplasm of liver

    /// <summary>SNOMED CT body sites of the primary tumour and the location each one gives.</summary>
    public static IReadOnlyList<(string Code, string Display, PrimaryLocation Location)> PrimarySites { get; } =
    [
        ("51342009", "Right colon structure", PrimaryLocation.RightColon),
        ("55572008", "Left colon structure", PrimaryLocation.LeftColon),
        ("60184004", "Sigmoid colon structure", PrimaryLocation.LeftColon),
        ("34402009", "Rectum structure", PrimaryLocation.Rectum),
    ];

    /// <summary>SNOMED CT Couinaud hepatic segments I..VIII (DICOM CID 7170), index 0 = segment 1.</summary>
    public static IReadOnlyList<string> CouinaudSegments { get; } =
        ["71133005", "277956007", "277957003", "277958008", "277959000", "277960005", "277961009", "277962002"];
}
