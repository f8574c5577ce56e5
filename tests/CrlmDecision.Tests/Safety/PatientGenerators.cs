using CrlmDecision.Facts;
using CsCheck;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// CsCheck generators of valid patient facts covering the whole contract: every word (unknown included),
/// numbers around the rules' thresholds, 1-8 lesions before treatment and none after hepatectomy.
/// </summary>
internal static class PatientGenerators
{
    private static readonly Gen<bool?> Flag = Gen.Bool.Nullable(0.2);

    // Whole millimetres, so no generated patient trips the centimetre check.
    private static readonly Gen<double?> Diameter = Gen.Int[1, 120].Select(mm => (double)mm).Nullable(0.1);

    public static Gen<LesionFacts> Lesion { get; } = Gen.Select(
        Gen.Select(Diameter, Gen.Int[1, 8].Nullable(0.1), Gen.Enum<LesionDepth>()),
        Gen.Select(Flag, Flag, Flag, Flag),
        Gen.Int[1, 999],
        (a, b, id) => new LesionFacts
        {
            Id = "L" + id,
            DiameterMm = a.Item1,
            Segment = a.Item2,
            Depth = a.Item3,
            NearMajorVessel = b.Item1,
            AbutsGlissoneanPedicle = b.Item2,
            AdjacentToCriticalStructure = b.Item3,
            VisibleOnImaging = b.Item4,
        });

    private static readonly Gen<PrimaryTumorFacts> Primary = Gen.Select(
        Gen.Enum<PrimaryLocation>(), Flag, Gen.Enum<YesNo>(), Gen.Enum<MetastasisTiming>(),
        (location, resected, nodes, timing) => new PrimaryTumorFacts { Location = location, Resected = resected, NodePositive = nodes, Timing = timing });

    private static readonly Gen<MolecularFacts> Molecular = Gen.Select(
        Gen.Enum<RasStatus>(), Gen.Enum<BrafStatus>(), Gen.Enum<MsiStatus>(),
        (ras, braf, msi) => new MolecularFacts { Ras = ras, Braf = braf, Msi = msi });

    private static readonly Gen<SystemicTherapyFacts> Systemic = Gen.Select(
        Gen.Int[0, 4].Nullable(0.15), Gen.Enum<TherapyResponse>(), Flag,
        (lines, response, refractory) => new SystemicTherapyFacts { LinesReceived = lines, Response = response, Refractory = refractory });

    private static readonly Gen<CentreFacts?> Centre = Gen.Select(
        Gen.Enum<YesNo>(),
        Gen.Enum<TreatmentOption>().ArrayUnique[0, 6].Select(o => o.Order().ToArray()).Null(0.3),
        (expertise, available) => new CentreFacts { LaparoscopicLiverExpertise = expertise, Available = available })
        .Null(0.2);

    private static readonly Gen<(double? Remnant, Parenchyma Parenchyma, YesNo R0)> LiverState = Gen.Select(
        Gen.Int[5, 95].Select(p => (double)p).Nullable(0.15), Gen.Enum<Parenchyma>(), Gen.Enum<YesNo>());

    /// <summary>Valid patients: 90% before treatment with 1-8 lesions, 10% after complete hepatectomy.</summary>
    public static Gen<PatientFacts> Patient { get; } = Drawn().Select(Consistent);

    // Each fact drawn on its own; some combinations are then not consistent (see Consistent).
    private static Gen<PatientFacts> Drawn() => Gen.Select(
        Gen.Select(Gen.Frequency((9, Phase.PreTreatment), (1, Phase.PostHepatectomy)), Gen.Int[0, 4].Nullable(0.15), Gen.Enum<YesNo>(), Gen.Enum<ExtrahepaticDisease>()),
        Gen.Select(Primary, Molecular, Systemic, Centre),
        Gen.Select(LiverState, Lesion.Array[1, 8]),
        Gen.Select(Gen.Int[0, 500].Select(c => (double)c).Nullable(0.2), Gen.Int[0, 120].Select(m => (double)m).Nullable(0.2), Flag, Flag, Gen.Enum<CtDnaStatus>()),
        (general, parts, liver, rest) => new PatientFacts
        {
            PatientId = "generated",
            Phase = general.Item1,
            Ecog = general.Item2,
            FitForMajorSurgery = general.Item3,
            ExtrahepaticDisease = general.Item4,
            PrimaryTumor = parts.Item1,
            Molecular = parts.Item2,
            SystemicTherapy = parts.Item3,
            Centre = parts.Item4,
            Liver = new LiverFacts
            {
                FutureLiverRemnantPercent = liver.Item1.Remnant,
                Parenchyma = liver.Item1.Parenchyma,
                R0ResectionFeasible = liver.Item1.R0,
                Lesions = general.Item1 == Phase.PreTreatment ? liver.Item2 : [],
            },
            CeaNgPerMl = rest.Item1,
            DiseaseFreeIntervalMonths = rest.Item2,
            Recurrence = new RecurrenceFacts { AfterLocalLiverTherapy = rest.Item3, PriorLiverRadiation = rest.Item4 },
            PostoperativeCtDna = rest.Item5,
        });

    // The draws are independent, so some combinations cannot be true and the validator refuses them (lesion ids
    // drawn twice; a course or refractoriness without a line of therapy, a naive patient with lines). Repairing
    // them after the draw keeps every random draw, and so every patient that was consistent, as it was.
    private static PatientFacts Consistent(PatientFacts facts)
    {
        var therapy = facts.SystemicTherapy;
        if (therapy.Response == TherapyResponse.Naive && therapy.LinesReceived > 0)
        {
            therapy = therapy with { LinesReceived = 0 };
        }

        if (therapy.LinesReceived == 0 && therapy.Response is not (TherapyResponse.Naive or TherapyResponse.Unknown))
        {
            therapy = therapy with { LinesReceived = 1 };
        }

        if (therapy.LinesReceived == 0 && therapy.Refractory == true)
        {
            therapy = therapy with { Refractory = false };
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lesions = facts.Liver.Lesions.Select((l, i) => l.Id is { } id && !ids.Add(id) ? l with { Id = $"{id}-{i}" } : l).ToArray();
        return facts with
        {
            SystemicTherapy = therapy,
            Liver = lesions.SequenceEqual(facts.Liver.Lesions) ? facts.Liver : facts.Liver with { Lesions = lesions },
        };
    }
}
