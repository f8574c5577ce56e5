using System.Text.Json;
using System.Text.Json.Serialization;
using CrlmDecision.Facts;

namespace CrlmDecision.Cli.Batch;

/// <summary>
/// Deterministic synthetic patients for load tests and benchmarks: valid facts with a realistic mix of
/// phases, lesion counts, molecular status and unknown facts, plus a plausible MDT decision. Not clinical data.
/// </summary>
internal static class SyntheticCohort
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly TreatmentOption[] AllOptions = Enum.GetValues<TreatmentOption>();

    /// <summary>Patient <paramref name="index"/> of the cohort with <paramref name="seed"/>; the same arguments give the same patient.</summary>
    public static PatientFacts Patient(int index, int seed = 7)
    {
        // One generator per patient, seeded from (seed, index), so any slice of the cohort can be rebuilt alone.
#pragma warning disable CA5394 // Not security-relevant: synthetic test data must be reproducible.
        var random = new Random(Mix(seed, index));
        T Pick<T>(params T[] values) => values[random.Next(values.Length)];
        bool Chance(double p) => random.NextDouble() < p;
        double? Maybe(double value, double unknown = 0.1) => Chance(unknown) ? null : value;

        var post = Chance(0.1);
        var lesionCount = post ? 0 : Pick(1, 1, 1, 2, 2, 3, 4, 5, 6, 8);
        var lesions = new LesionFacts[lesionCount];
        for (var i = 0; i < lesionCount; i++)
        {
            lesions[i] = new LesionFacts
            {
                Id = "L" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                DiameterMm = Maybe(Math.Round(5 + (random.NextDouble() * 70)), 0.05), // whole millimetres: the reader refuses centimetre-like values
                Segment = Chance(0.05) ? null : random.Next(1, 9),
                Depth = Pick(LesionDepth.Superficial, LesionDepth.Superficial, LesionDepth.Deep, LesionDepth.Unknown),
                NearMajorVessel = Chance(0.05) ? null : Chance(0.2),
                AbutsGlissoneanPedicle = Chance(0.05) ? null : Chance(0.1),
                AdjacentToCriticalStructure = Chance(0.05) ? null : Chance(0.1),
                VisibleOnImaging = Chance(0.05) ? null : Chance(0.95),
            };
        }

        return new PatientFacts
        {
            PatientId = "synthetic-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Phase = post ? Phase.PostHepatectomy : Phase.PreTreatment,
            Ecog = Chance(0.05) ? null : Pick(0, 0, 1, 1, 2, 3),
            FitForMajorSurgery = Pick(YesNo.Yes, YesNo.Yes, YesNo.Yes, YesNo.No, YesNo.Unknown),
            PrimaryTumor = new PrimaryTumorFacts
            {
                Location = Pick(PrimaryLocation.LeftColon, PrimaryLocation.RightColon, PrimaryLocation.Rectum, PrimaryLocation.Unknown),
                Resected = Chance(0.05) ? null : Chance(0.7),
                NodePositive = Pick(YesNo.Yes, YesNo.No, YesNo.Unknown),
                Timing = Pick(MetastasisTiming.Synchronous, MetastasisTiming.Metachronous, MetastasisTiming.Unknown),
            },
            Molecular = new MolecularFacts
            {
                Ras = Pick(RasStatus.WildType, RasStatus.Mutant, RasStatus.Unknown),
                Braf = Pick(BrafStatus.WildType, BrafStatus.WildType, BrafStatus.V600E, BrafStatus.Unknown),
                Msi = Pick(MsiStatus.Mss, MsiStatus.Mss, MsiStatus.MsiHigh, MsiStatus.Unknown),
            },
            Liver = new LiverFacts
            {
                Lesions = lesions,
                FutureLiverRemnantPercent = Maybe(Math.Round(15 + (random.NextDouble() * 70), 0)),
                Parenchyma = Pick(Parenchyma.Normal, Parenchyma.Normal, Parenchyma.Steatosis, Parenchyma.ChemotherapyInjury, Parenchyma.Cirrhosis, Parenchyma.Unknown),
                R0ResectionFeasible = Pick(YesNo.Yes, YesNo.Yes, YesNo.No, YesNo.Unknown),
            },
            ExtrahepaticDisease = Pick(ExtrahepaticDisease.None, ExtrahepaticDisease.None, ExtrahepaticDisease.None, ExtrahepaticDisease.LimitedResectable, ExtrahepaticDisease.Unresectable, ExtrahepaticDisease.Unknown),
            CeaNgPerMl = Maybe(Math.Round(random.NextDouble() * 400, 1)),
            DiseaseFreeIntervalMonths = Maybe(Math.Round(random.NextDouble() * 48, 0)),
            Recurrence = new RecurrenceFacts { AfterLocalLiverTherapy = Chance(0.05) ? null : Chance(0.15), PriorLiverRadiation = Chance(0.05) ? null : Chance(0.05) },
            SystemicTherapy = Consistent(new SystemicTherapyFacts
            {
                LinesReceived = Chance(0.05) ? null : Pick(0, 0, 1, 1, 2, 3),
                Response = Pick(TherapyResponse.Naive, TherapyResponse.Responding, TherapyResponse.Stable, TherapyResponse.Progressing, TherapyResponse.Intolerant, TherapyResponse.Unknown),
                Refractory = Chance(0.05) ? null : Chance(0.15),
            }),
            PostoperativeCtDna = post ? Pick(CtDnaStatus.Positive, CtDnaStatus.Negative, CtDnaStatus.NotTested) : CtDnaStatus.NotTested,
            Centre = Chance(0.2) ? null : new CentreFacts { LaparoscopicLiverExpertise = Pick(YesNo.Yes, YesNo.No, YesNo.Unknown), Available = AllOptions },
        };
    }

    // The three are drawn independently; the validator refuses what cannot be true: a course or refractoriness
    // without a line of therapy, lines for a naive patient. The drawn course decides.
    private static SystemicTherapyFacts Consistent(SystemicTherapyFacts therapy) => therapy switch
    {
        { Response: TherapyResponse.Naive } => therapy with { LinesReceived = therapy.LinesReceived is null ? null : 0, Refractory = therapy.Refractory is null ? null : false },
        { LinesReceived: 0, Response: not TherapyResponse.Unknown } => therapy with { LinesReceived = 1 },
        { LinesReceived: 0, Refractory: true } => therapy with { Refractory = false },
        _ => therapy,
    };

    /// <summary>A plausible MDT decision for the patient (a crude heuristic, so concordance is neither 0 nor 100%).</summary>
    public static TreatmentOption MdtDecision(PatientFacts facts, int index)
    {
        var lesions = facts.Liver.Lesions.Count;
        var pick = Mix(index, 13) % 10;
        return pick >= 8 ? AllOptions[pick % AllOptions.Length]
            : facts.Liver.R0ResectionFeasible == YesNo.Yes && lesions <= 4 ? TreatmentOption.Resection
            : lesions <= 3 ? TreatmentOption.Ablation
            : TreatmentOption.Sirt;
    }
#pragma warning restore CA5394

    // HashCode.Combine is randomised per process; this mix is stable across runs and machines.
    private static int Mix(int a, int b) => unchecked((int)((((uint)a * 2654435761u) ^ ((uint)b * 40503u) ^ 0x9E3779B9u) & int.MaxValue));

    /// <summary>
    /// The patient as one line of JSON facts; with <paramref name="withDecision"/>, an <c>mdtDecision</c> key and
    /// <c>"mdtDecisionSource": "synthetic"</c>, so a summary never presents the made-up decision as an MDT's.
    /// </summary>
    public static string JsonLine(int index, bool withDecision, int seed = 7)
    {
        var facts = Patient(index, seed);
        var json = JsonSerializer.Serialize(facts, Json);
        return withDecision
            ? json[..^1] + ",\"mdtDecision\":\"" + ContractWords.Of(MdtDecision(facts, index)) + "\",\"" + BatchEvaluator.MdtDecisionSourceKey + "\":\"" + BatchEvaluator.Synthetic + "\"}"
            : json;
    }
}
