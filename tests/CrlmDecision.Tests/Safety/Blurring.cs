using CrlmDecision.Facts;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// Ways of making one known fact unknown, each with the fact path the report uses in missingFacts.
/// Lesion facts are blurred on every lesion, as a report that lost one imaging result would.
/// </summary>
internal static class Blurring
{
    public static IReadOnlyList<(string Path, Func<PatientFacts, PatientFacts?> Blur)> All { get; } =
    [
        ("ecog", f => f.Ecog is null ? null : f with { Ecog = null }),
        ("fitForMajorSurgery", f => f.FitForMajorSurgery == YesNo.Unknown ? null : f with { FitForMajorSurgery = YesNo.Unknown }),
        ("extrahepaticDisease", f => f.ExtrahepaticDisease == ExtrahepaticDisease.Unknown ? null : f with { ExtrahepaticDisease = ExtrahepaticDisease.Unknown }),
        ("ceaNgPerMl", f => f.CeaNgPerMl is null ? null : f with { CeaNgPerMl = null }),
        ("diseaseFreeIntervalMonths", f => f.DiseaseFreeIntervalMonths is null ? null : f with { DiseaseFreeIntervalMonths = null }),
        ("primaryTumor.resected", f => f.PrimaryTumor.Resected is null ? null : f with { PrimaryTumor = f.PrimaryTumor with { Resected = null } }),
        ("primaryTumor.timing", f => f.PrimaryTumor.Timing == MetastasisTiming.Unknown ? null : f with { PrimaryTumor = f.PrimaryTumor with { Timing = MetastasisTiming.Unknown } }),
        ("primaryTumor.nodePositive", f => f.PrimaryTumor.NodePositive == YesNo.Unknown ? null : f with { PrimaryTumor = f.PrimaryTumor with { NodePositive = YesNo.Unknown } }),
        ("molecular.ras", f => f.Molecular.Ras == RasStatus.Unknown ? null : f with { Molecular = f.Molecular with { Ras = RasStatus.Unknown } }),
        ("molecular.braf", f => f.Molecular.Braf == BrafStatus.Unknown ? null : f with { Molecular = f.Molecular with { Braf = BrafStatus.Unknown } }),
        ("liver.futureLiverRemnantPercent", f => f.Liver.FutureLiverRemnantPercent is null ? null : f with { Liver = f.Liver with { FutureLiverRemnantPercent = null } }),
        ("liver.parenchyma", f => f.Liver.Parenchyma == Parenchyma.Unknown ? null : f with { Liver = f.Liver with { Parenchyma = Parenchyma.Unknown } }),
        ("liver.r0ResectionFeasible", f => f.Liver.R0ResectionFeasible == YesNo.Unknown ? null : f with { Liver = f.Liver with { R0ResectionFeasible = YesNo.Unknown } }),
        ("liver.lesions[].diameterMm", f => Lesions(f, l => l.DiameterMm is null ? null : l with { DiameterMm = null })),
        ("liver.lesions[].depth", f => Lesions(f, l => l.Depth == LesionDepth.Unknown ? null : l with { Depth = LesionDepth.Unknown })),
        ("liver.lesions[].nearMajorVessel", f => Lesions(f, l => l.NearMajorVessel is null ? null : l with { NearMajorVessel = null })),
        ("liver.lesions[].adjacentToCriticalStructure", f => Lesions(f, l => l.AdjacentToCriticalStructure is null ? null : l with { AdjacentToCriticalStructure = null })),
        ("liver.lesions[].visibleOnImaging", f => Lesions(f, l => l.VisibleOnImaging is null ? null : l with { VisibleOnImaging = null })),
        ("recurrence.afterLocalLiverTherapy", f => f.Recurrence.AfterLocalLiverTherapy is null ? null : f with { Recurrence = f.Recurrence with { AfterLocalLiverTherapy = null } }),
        ("recurrence.priorLiverRadiation", f => f.Recurrence.PriorLiverRadiation is null ? null : f with { Recurrence = f.Recurrence with { PriorLiverRadiation = null } }),
        ("systemicTherapy.linesReceived", f => f.SystemicTherapy.LinesReceived is null ? null : f with { SystemicTherapy = f.SystemicTherapy with { LinesReceived = null } }),
        ("systemicTherapy.response", f => f.SystemicTherapy.Response == TherapyResponse.Unknown ? null : f with { SystemicTherapy = f.SystemicTherapy with { Response = TherapyResponse.Unknown } }),
        ("systemicTherapy.refractory", f => f.SystemicTherapy.Refractory is null ? null : f with { SystemicTherapy = f.SystemicTherapy with { Refractory = null } }),
        ("postoperativeCtDna", f => f.PostoperativeCtDna == CtDnaStatus.NotTested ? null : f with { PostoperativeCtDna = CtDnaStatus.NotTested }),
        ("centre.available", f => f.Centre?.Available is null ? null : f with { Centre = f.Centre with { Available = null } }),
    ];

    private static PatientFacts? Lesions(PatientFacts facts, Func<LesionFacts, LesionFacts?> blur)
    {
        var blurred = facts.Liver.Lesions.Select(l => blur(l) ?? l).ToArray();
        return blurred.SequenceEqual(facts.Liver.Lesions) ? null : facts with { Liver = facts.Liver with { Lesions = blurred } };
    }
}
