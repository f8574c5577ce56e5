namespace CrlmDecision.Facts;

/// <summary>
/// Reads and sets one fact of <see cref="PatientFacts"/> by its catalogue path (<see cref="FactCatalog"/>), with
/// values as the contract writes them: a word, a number, true/false, or a list of words. The report's echo of the
/// facts reads through it, and the what-if sets one unknown fact at a time through it.
/// </summary>
internal static class FactValues
{
    /// <summary>The patient facts (not the per-lesion ones), in catalogue order: what the report echoes.</summary>
    public static IReadOnlyList<string> PatientPaths { get; } = FactCatalog.All
        .Select(f => f.Path)
        .Where(path => !path.StartsWith("liver.lesions", StringComparison.Ordinal))
        .ToArray();

    /// <summary>The value of the patient fact <paramref name="path"/>; null when it is unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a patient fact of the catalogue.</exception>
    public static object? Get(PatientFacts facts, string path) => path switch
    {
        "phase" => Words<Phase>.Of(facts.Phase),
        "ecog" => facts.Ecog,
        "fitForMajorSurgery" => Word(facts.FitForMajorSurgery, YesNo.Unknown),
        "primaryTumor.location" => Word(facts.PrimaryTumor.Location, PrimaryLocation.Unknown),
        "primaryTumor.resected" => facts.PrimaryTumor.Resected,
        "primaryTumor.nodePositive" => Word(facts.PrimaryTumor.NodePositive, YesNo.Unknown),
        "primaryTumor.timing" => Word(facts.PrimaryTumor.Timing, MetastasisTiming.Unknown),
        "molecular.ras" => Word(facts.Molecular.Ras, RasStatus.Unknown),
        "molecular.braf" => Word(facts.Molecular.Braf, BrafStatus.Unknown),
        "molecular.msi" => Word(facts.Molecular.Msi, MsiStatus.Unknown),
        "liver.futureLiverRemnantPercent" => facts.Liver.FutureLiverRemnantPercent,
        "liver.parenchyma" => Word(facts.Liver.Parenchyma, Parenchyma.Unknown),
        "liver.r0ResectionFeasible" => Word(facts.Liver.R0ResectionFeasible, YesNo.Unknown),
        "extrahepaticDisease" => Word(facts.ExtrahepaticDisease, ExtrahepaticDisease.Unknown),
        "ceaNgPerMl" => facts.CeaNgPerMl,
        "diseaseFreeIntervalMonths" => facts.DiseaseFreeIntervalMonths,
        "recurrence.afterLocalLiverTherapy" => facts.Recurrence.AfterLocalLiverTherapy,
        "recurrence.priorLiverRadiation" => facts.Recurrence.PriorLiverRadiation,
        "systemicTherapy.linesReceived" => facts.SystemicTherapy.LinesReceived,
        "systemicTherapy.response" => Word(facts.SystemicTherapy.Response, TherapyResponse.Unknown),
        "systemicTherapy.refractory" => facts.SystemicTherapy.Refractory,
        "postoperativeCtDna" => Word(facts.PostoperativeCtDna, CtDnaStatus.NotTested),
        "centre.laparoscopicLiverExpertise" => Word(facts.Centre?.LaparoscopicLiverExpertise ?? YesNo.Unknown, YesNo.Unknown),
        "centre.available" => facts.Centre?.Available?.Select(Words<TreatmentOption>.Of).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "not a patient fact"),
    };

    /// <summary>
    /// <paramref name="facts"/> with the fact <paramref name="path"/> set to <paramref name="value"/> (a word, a
    /// number or true/false). A lesion fact is set on every lesion where the engine reads it as unknown, the lesions counted by
    /// <c>liver.lesionCount</c> but not listed included; the lesions where it is known keep their value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a fact that takes a single value.</exception>
    public static PatientFacts With(PatientFacts facts, string path, object value) => path switch
    {
        "ecog" => facts with { Ecog = Whole(value) },
        "fitForMajorSurgery" => facts with { FitForMajorSurgery = Parse<YesNo>(value) },
        "primaryTumor.location" => facts with { PrimaryTumor = facts.PrimaryTumor with { Location = Parse<PrimaryLocation>(value) } },
        "primaryTumor.resected" => facts with { PrimaryTumor = facts.PrimaryTumor with { Resected = (bool)value } },
        "primaryTumor.nodePositive" => facts with { PrimaryTumor = facts.PrimaryTumor with { NodePositive = Parse<YesNo>(value) } },
        "primaryTumor.timing" => facts with { PrimaryTumor = facts.PrimaryTumor with { Timing = Parse<MetastasisTiming>(value) } },
        "molecular.ras" => facts with { Molecular = facts.Molecular with { Ras = Parse<RasStatus>(value) } },
        "molecular.braf" => facts with { Molecular = facts.Molecular with { Braf = Parse<BrafStatus>(value) } },
        "molecular.msi" => facts with { Molecular = facts.Molecular with { Msi = Parse<MsiStatus>(value) } },
        "liver.futureLiverRemnantPercent" => facts with { Liver = facts.Liver with { FutureLiverRemnantPercent = (double)value } },
        "liver.parenchyma" => facts with { Liver = facts.Liver with { Parenchyma = Parse<Parenchyma>(value) } },
        "liver.r0ResectionFeasible" => facts with { Liver = facts.Liver with { R0ResectionFeasible = Parse<YesNo>(value) } },
        "extrahepaticDisease" => facts with { ExtrahepaticDisease = Parse<ExtrahepaticDisease>(value) },
        "ceaNgPerMl" => facts with { CeaNgPerMl = (double)value },
        "diseaseFreeIntervalMonths" => facts with { DiseaseFreeIntervalMonths = (double)value },
        "recurrence.afterLocalLiverTherapy" => facts with { Recurrence = facts.Recurrence with { AfterLocalLiverTherapy = (bool)value } },
        "recurrence.priorLiverRadiation" => facts with { Recurrence = facts.Recurrence with { PriorLiverRadiation = (bool)value } },
        "systemicTherapy.linesReceived" => facts with { SystemicTherapy = facts.SystemicTherapy with { LinesReceived = Whole(value) } },
        "systemicTherapy.response" => facts with { SystemicTherapy = facts.SystemicTherapy with { Response = Parse<TherapyResponse>(value) } },
        "systemicTherapy.refractory" => facts with { SystemicTherapy = facts.SystemicTherapy with { Refractory = (bool)value } },
        "postoperativeCtDna" => facts with { PostoperativeCtDna = Parse<CtDnaStatus>(value) },
        "centre.laparoscopicLiverExpertise" => facts with { Centre = (facts.Centre ?? new CentreFacts()) with { LaparoscopicLiverExpertise = Parse<YesNo>(value) } },
        "liver.lesions[].diameterMm" => Lesions(facts, l => l.DiameterMm is null ? l with { DiameterMm = (double)value } : l),
        "liver.lesions[].segment" => Lesions(facts, l => l.Segment is null ? l with { Segment = Whole(value) } : l),
        "liver.lesions[].depth" => Lesions(facts, l => l.Depth == LesionDepth.Unknown ? l with { Depth = Parse<LesionDepth>(value) } : l),
        "liver.lesions[].nearMajorVessel" => Lesions(facts, l => l.NearMajorVessel is null ? l with { NearMajorVessel = (bool)value } : l),
        "liver.lesions[].abutsGlissoneanPedicle" => Lesions(facts, l => l.AbutsGlissoneanPedicle is null ? l with { AbutsGlissoneanPedicle = (bool)value } : l),
        // The adjacency flags are unknown only where the umbrella does not decide them, as the engine reads them.
        "liver.lesions[].adjacentToCriticalStructure" => Lesions(facts, l => l.CriticalStructureAsRead is null ? l with { AdjacentToCriticalStructure = (bool)value } : l),
        "liver.lesions[].adjacentToBileDuct" => Lesions(facts, l => l.BileDuctAsRead is null ? l with { AdjacentToBileDuct = (bool)value } : l),
        "liver.lesions[].adjacentToBowel" => Lesions(facts, l => l.BowelAsRead is null ? l with { AdjacentToBowel = (bool)value } : l),
        "liver.lesions[].visibleOnImaging" => Lesions(facts, l => l.VisibleOnImaging is null ? l with { VisibleOnImaging = (bool)value } : l),
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "not a fact that takes a single value"),
    };

    /// <summary>The allowed range of the number fact <paramref name="path"/>; null for a fact that is not a number.</summary>
    public static FactRange? Range(string path) => path switch
    {
        "ecog" => FactRanges.Ecog,
        "liver.futureLiverRemnantPercent" => FactRanges.FutureLiverRemnantPercent,
        "ceaNgPerMl" => FactRanges.CeaNgPerMl,
        "diseaseFreeIntervalMonths" => FactRanges.DiseaseFreeIntervalMonths,
        "systemicTherapy.linesReceived" => FactRanges.LinesReceived,
        "liver.lesions[].diameterMm" => FactRanges.DiameterMm,
        "liver.lesions[].segment" => FactRanges.Segment,
        _ => null,
    };

    private static string? Word<TEnum>(TEnum value, TEnum unknown)
        where TEnum : struct, Enum => EqualityComparer<TEnum>.Default.Equals(value, unknown) ? null : Words<TEnum>.Of(value);

    private static TEnum Parse<TEnum>(object value)
        where TEnum : struct, Enum =>
        Words<TEnum>.TryParse((string)value, out var parsed) ? parsed : throw new ArgumentOutOfRangeException(nameof(value), value, "not a word of " + typeof(TEnum).Name);

    private static int Whole(object value) => value is int whole ? whole : checked((int)(double)value);

    // Every lesion the patient has: those listed and, up to liver.lesionCount, the unlisted ones (every fact unknown).
    private static PatientFacts Lesions(PatientFacts facts, Func<LesionFacts, LesionFacts> fill)
    {
        var listed = facts.Liver.Lesions;
        var all = listed.Concat(Enumerable.Repeat(new LesionFacts(), Math.Max(0, (facts.Liver.LesionCount ?? 0) - listed.Count)));
        return facts with { Liver = facts.Liver with { Lesions = all.Select(fill).ToArray() } };
    }
}
