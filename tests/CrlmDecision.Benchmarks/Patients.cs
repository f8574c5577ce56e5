using CrlmDecision.Facts;

namespace CrlmDecision.Benchmarks;

/// <summary>Representative patients: easy resectable, oligometastatic ablation, unresectable with unknowns, post-hepatectomy.</summary>
public static class Patients
{
    public static IReadOnlyDictionary<string, PatientFacts> All { get; } = new Dictionary<string, PatientFacts>(StringComparer.Ordinal)
    {
        ["resectable-solitary"] = new()
        {
            PatientId = "resectable-solitary",
            Ecog = 0,
            FitForMajorSurgery = YesNo.Yes,
            PrimaryTumor = new() { Location = PrimaryLocation.LeftColon, Resected = true, NodePositive = YesNo.Yes, Timing = MetastasisTiming.Metachronous },
            Molecular = new() { Ras = RasStatus.WildType, Braf = BrafStatus.WildType, Msi = MsiStatus.Mss },
            Liver = new()
            {
                Lesions = [Lesion(32, 6, LesionDepth.Superficial)],
                FutureLiverRemnantPercent = 65,
                Parenchyma = Parenchyma.Normal,
                R0ResectionFeasible = YesNo.Yes,
            },
            ExtrahepaticDisease = ExtrahepaticDisease.None,
            CeaNgPerMl = 12,
            DiseaseFreeIntervalMonths = 18,
            Recurrence = new() { AfterLocalLiverTherapy = false, PriorLiverRadiation = false },
            SystemicTherapy = new() { LinesReceived = 0, Response = TherapyResponse.Naive, Refractory = false },
            Centre = new() { LaparoscopicLiverExpertise = YesNo.Yes, Available = Enum.GetValues<TreatmentOption>() },
        },
        ["three-small-deep-ras-mutant"] = new()
        {
            PatientId = "three-small-deep-ras-mutant",
            Ecog = 1,
            FitForMajorSurgery = YesNo.No,
            PrimaryTumor = new() { Location = PrimaryLocation.RightColon, Resected = true, NodePositive = YesNo.No, Timing = MetastasisTiming.Metachronous },
            Molecular = new() { Ras = RasStatus.Mutant, Braf = BrafStatus.WildType, Msi = MsiStatus.Mss },
            Liver = new()
            {
                Lesions = [Lesion(18, 7, LesionDepth.Deep), Lesion(22, 8, LesionDepth.Deep), Lesion(12, 4, LesionDepth.Superficial, nearVessel: true)],
                FutureLiverRemnantPercent = 45,
                Parenchyma = Parenchyma.Steatosis,
                R0ResectionFeasible = YesNo.Yes,
            },
            ExtrahepaticDisease = ExtrahepaticDisease.None,
            CeaNgPerMl = 40,
            DiseaseFreeIntervalMonths = 9,
            Recurrence = new() { AfterLocalLiverTherapy = true, PriorLiverRadiation = false },
            SystemicTherapy = new() { LinesReceived = 1, Response = TherapyResponse.Stable, Refractory = false },
            Centre = new() { LaparoscopicLiverExpertise = YesNo.No, Available = Enum.GetValues<TreatmentOption>() },
        },
        ["unresectable-many-unknowns"] = new()
        {
            PatientId = "unresectable-many-unknowns",
            FitForMajorSurgery = YesNo.Unknown,
            Liver = new()
            {
                Lesions = [Lesion(55, 5, LesionDepth.Unknown), Lesion(41, null, LesionDepth.Deep), Lesion(33, 2, LesionDepth.Superficial),
                    Lesion(28, 3, LesionDepth.Unknown), Lesion(19, 8, LesionDepth.Deep), Lesion(12, null, LesionDepth.Superficial)],
                Parenchyma = Parenchyma.ChemotherapyInjury,
                R0ResectionFeasible = YesNo.No,
            },
            ExtrahepaticDisease = ExtrahepaticDisease.None,
            SystemicTherapy = new() { LinesReceived = 2, Response = TherapyResponse.Progressing, Refractory = true },
        },
        ["post-hepatectomy-ctdna"] = new()
        {
            PatientId = "post-hepatectomy-ctdna",
            Phase = Phase.PostHepatectomy,
            Ecog = 0,
            FitForMajorSurgery = YesNo.Yes,
            PrimaryTumor = new() { Location = PrimaryLocation.Rectum, Resected = true, NodePositive = YesNo.Yes, Timing = MetastasisTiming.Synchronous },
            Molecular = new() { Ras = RasStatus.WildType, Braf = BrafStatus.WildType, Msi = MsiStatus.Mss },
            Liver = new() { Lesions = [], FutureLiverRemnantPercent = 55, Parenchyma = Parenchyma.Normal, R0ResectionFeasible = YesNo.Yes },
            ExtrahepaticDisease = ExtrahepaticDisease.None,
            CeaNgPerMl = 3,
            DiseaseFreeIntervalMonths = 0,
            Recurrence = new() { AfterLocalLiverTherapy = false, PriorLiverRadiation = false },
            SystemicTherapy = new() { LinesReceived = 1, Response = TherapyResponse.Responding, Refractory = false },
            PostoperativeCtDna = CtDnaStatus.Positive,
        },
    };

    public static IEnumerable<string> Names => All.Keys;

    private static LesionFacts Lesion(double diameter, int? segment, LesionDepth depth, bool nearVessel = false) => new()
    {
        DiameterMm = diameter,
        Segment = segment,
        Depth = depth,
        NearMajorVessel = nearVessel,
        AbutsGlissoneanPedicle = false,
        AdjacentToCriticalStructure = false,
        VisibleOnImaging = true,
    };
}
