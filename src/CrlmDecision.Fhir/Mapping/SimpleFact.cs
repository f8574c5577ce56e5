using CrlmDecision.Facts;

namespace CrlmDecision.Fhir;

/// <summary>A fact carried by one Observation of the patient: its code, profile, value and where it sits in the facts.</summary>
/// <param name="Path">The fact's path, as in <see cref="FactsError.Path"/>.</param>
/// <param name="System">The Observation.code system.</param>
/// <param name="Code">The Observation.code code.</param>
/// <param name="Display">The code's display.</param>
/// <param name="Profile">The profile written in meta.profile, or null for this project's Observations.</param>
/// <param name="Value">How the value is read and written.</param>
/// <param name="Get">The fact's value in the facts, or null when unknown.</param>
internal sealed record SimpleFact(string Path, string System, string Code, string Display, string? Profile, FactValue Value, Func<PatientFacts, object?> Get)
{
    /// <summary>The id <see cref="FhirBundleWriter"/> gives its Observation.</summary>
    public string ResourceId => System == FhirCodes.CrlmFacts ? Code : Path switch
    {
        "ceaNgPerMl" => "cea",
        _ => Path.Split('.')[^1],
    };

    /// <summary>Every fact carried by one Observation, in contract order.</summary>
    public static IReadOnlyList<SimpleFact> All { get; } =
    [
        Crlm("phase", CrlmCodes.Phase, "Question framed (pre-treatment or post-hepatectomy)", FactValue.Word<Phase>(), f => f.Phase),
        new("ecog", FhirCodes.Loinc, StandardCodes.Ecog, "ECOG Performance Status score", FhirCodes.Profiles.Ecog, FactValue.Integer(0, 4), f => f.Ecog),
        Crlm("fitForMajorSurgery", CrlmCodes.FitForMajorSurgery, "Fit for a major liver operation", FactValue.Boolean, f => Flag(f.FitForMajorSurgery)),
        Crlm("primaryTumor.resected", CrlmCodes.PrimaryResected, "Primary tumour resected", FactValue.Boolean, f => f.PrimaryTumor.Resected),
        Crlm("primaryTumor.nodePositive", CrlmCodes.PrimaryNodePositive, "Node-positive primary tumour", FactValue.Boolean, f => Flag(f.PrimaryTumor.NodePositive)),
        Crlm("primaryTumor.timing", CrlmCodes.MetastasisTiming, "Timing of liver metastases", FactValue.Word<MetastasisTiming>(), f => Word(f.PrimaryTumor.Timing)),
        new("molecular.msi", FhirCodes.Loinc, StandardCodes.Msi, "Microsatellite instability [Interpretation] in Cancer specimen Qualitative", FhirCodes.Profiles.Msi,
            FactValue.Coded(FhirCodes.Loinc, [(StandardCodes.MsiStable, "Stable", MsiStatus.Mss), (StandardCodes.MsiHigh, "MSI-H", MsiStatus.MsiHigh), (StandardCodes.Indeterminate, "Indeterminate", null)]),
            f => Word(f.Molecular.Msi)),
        Crlm("liver.lesionCount", CrlmCodes.LesionCount, "Number of liver metastases", FactValue.Integer(0, 100), f => f.Liver.LesionCount),
        Crlm("liver.futureLiverRemnantPercent", CrlmCodes.FutureLiverRemnant, "Future liver remnant", FactValue.Quantity("%", ("%", 1)), f => f.Liver.FutureLiverRemnantPercent),
        Crlm("liver.parenchyma", CrlmCodes.Parenchyma, "Liver parenchyma", FactValue.Word<Parenchyma>(), f => Word(f.Liver.Parenchyma)),
        Crlm("liver.r0ResectionFeasible", CrlmCodes.R0ResectionFeasible, "R0 resection technically feasible", FactValue.Boolean, f => Flag(f.Liver.R0ResectionFeasible)),
        Crlm("extrahepaticDisease", CrlmCodes.ExtrahepaticDisease, "Extrahepatic disease", FactValue.Word<ExtrahepaticDisease>(), f => Word(f.ExtrahepaticDisease)),
        new("ceaNgPerMl", FhirCodes.Loinc, StandardCodes.Cea, "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", FhirCodes.Profiles.TumorMarkerTest,
            FactValue.Quantity("ng/mL", ("ng/mL", 1), ("ug/L", 1)), f => f.CeaNgPerMl),
        Crlm("diseaseFreeIntervalMonths", CrlmCodes.DiseaseFreeInterval, "Months from primary resection to liver metastases", FactValue.Quantity("mo", ("mo", 1)), f => f.DiseaseFreeIntervalMonths),
        Crlm("recurrence.afterLocalLiverTherapy", CrlmCodes.RecurrenceAfterLocalTherapy, "Recurrence after hepatectomy or ablation", FactValue.Boolean, f => f.Recurrence.AfterLocalLiverTherapy),
        Crlm("recurrence.priorLiverRadiation", CrlmCodes.PriorLiverRadiation, "SBRT or SIRT given to the liver before", FactValue.Boolean, f => f.Recurrence.PriorLiverRadiation),
        Crlm("systemicTherapy.linesReceived", CrlmCodes.LinesReceived, "Lines of systemic therapy received", FactValue.Integer(0, 10), f => f.SystemicTherapy.LinesReceived),
        Crlm("systemicTherapy.response", CrlmCodes.Response, "Course on the current or last line", FactValue.Word<TherapyResponse>(), f => Word(f.SystemicTherapy.Response)),
        Crlm("systemicTherapy.refractory", CrlmCodes.Refractory, "Progressed on fluoropyrimidine, oxaliplatin and irinotecan", FactValue.Boolean, f => f.SystemicTherapy.Refractory),
        Crlm("postoperativeCtDna", CrlmCodes.PostoperativeCtDna, "Circulating tumour DNA after resection",
            FactValue.Coded(FhirCodes.Loinc, [(StandardCodes.Positive, "Positive", CtDnaStatus.Positive), (StandardCodes.Negative, "Negative", CtDnaStatus.Negative)]),
            f => f.PostoperativeCtDna == CtDnaStatus.NotTested ? null : f.PostoperativeCtDna),
    ];

    private static SimpleFact Crlm(string path, string code, string display, FactValue value, Func<PatientFacts, object?> get) =>
        new(path, FhirCodes.CrlmFacts, code, display, null, value, get);

    private static object? Flag(YesNo value) => value == YesNo.Unknown ? null : value == YesNo.Yes;

    private static object? Word<T>(T value)
        where T : struct, Enum => Convert.ToInt32(value, global::System.Globalization.CultureInfo.InvariantCulture) == 0 ? null : value;
}
