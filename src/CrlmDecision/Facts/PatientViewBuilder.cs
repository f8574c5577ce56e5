using CrlmDecision.Facts;

namespace CrlmDecision.Facts;

/// <summary>Turns validated facts into what expressions read, with the flags of the facts that are unknown.</summary>
internal static class PatientViewBuilder
{
    private static readonly int Ecog = FactCatalog.IndexOf("ecog");
    private static readonly int Fit = FactCatalog.IndexOf("fitForMajorSurgery");
    private static readonly int Location = FactCatalog.IndexOf("primaryTumor.location");
    private static readonly int Resected = FactCatalog.IndexOf("primaryTumor.resected");
    private static readonly int NodePositive = FactCatalog.IndexOf("primaryTumor.nodePositive");
    private static readonly int Timing = FactCatalog.IndexOf("primaryTumor.timing");
    private static readonly int Ras = FactCatalog.IndexOf("molecular.ras");
    private static readonly int Braf = FactCatalog.IndexOf("molecular.braf");
    private static readonly int Msi = FactCatalog.IndexOf("molecular.msi");
    private static readonly int Diameter = FactCatalog.IndexOf("liver.lesions[].diameterMm");
    private static readonly int Segment = FactCatalog.IndexOf("liver.lesions[].segment");
    private static readonly int Depth = FactCatalog.IndexOf("liver.lesions[].depth");
    private static readonly int NearVessel = FactCatalog.IndexOf("liver.lesions[].nearMajorVessel");
    private static readonly int Glissonean = FactCatalog.IndexOf("liver.lesions[].abutsGlissoneanPedicle");
    private static readonly int Critical = FactCatalog.IndexOf("liver.lesions[].adjacentToCriticalStructure");
    private static readonly int BileDuct = FactCatalog.IndexOf("liver.lesions[].adjacentToBileDuct");
    private static readonly int Bowel = FactCatalog.IndexOf("liver.lesions[].adjacentToBowel");
    private static readonly int Visible = FactCatalog.IndexOf("liver.lesions[].visibleOnImaging");
    private static readonly int Remnant = FactCatalog.IndexOf("liver.futureLiverRemnantPercent");
    private static readonly int Parenchyma = FactCatalog.IndexOf("liver.parenchyma");
    private static readonly int R0 = FactCatalog.IndexOf("liver.r0ResectionFeasible");
    private static readonly int Extrahepatic = FactCatalog.IndexOf("extrahepaticDisease");
    private static readonly int Cea = FactCatalog.IndexOf("ceaNgPerMl");
    private static readonly int Dfi = FactCatalog.IndexOf("diseaseFreeIntervalMonths");
    private static readonly int AfterLocal = FactCatalog.IndexOf("recurrence.afterLocalLiverTherapy");
    private static readonly int PriorRadiation = FactCatalog.IndexOf("recurrence.priorLiverRadiation");
    private static readonly int Lines = FactCatalog.IndexOf("systemicTherapy.linesReceived");
    private static readonly int Response = FactCatalog.IndexOf("systemicTherapy.response");
    private static readonly int Refractory = FactCatalog.IndexOf("systemicTherapy.refractory");
    private static readonly int CtDna = FactCatalog.IndexOf("postoperativeCtDna");
    private static readonly int Expertise = FactCatalog.IndexOf("centre.laparoscopicLiverExpertise");
    private static readonly int Available = FactCatalog.IndexOf("centre.available");

    // A lesion counted by liver.lesionCount but not listed: every fact unknown.
    private static readonly LesionFacts UnlistedLesion = new();

    private static string[] WordsOf(IReadOnlyList<TreatmentOption>? options)
    {
        if (options is null || options.Count == 0)
        {
            return [];
        }

        var words = new string[options.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Words<TreatmentOption>.Of(options[i]);
        }

        return words;
    }

    public static PatientView Build(PatientFacts facts)
    {
        // A lesion fact unknown for one lesion is unknown for that lesion and, for the patient, unknown for some lesion.
        var unknown = new bool[FactCatalog.All.Count];
        bool[]? lesionUnknown = null;
        void Unknown(bool isUnknown, int index)
        {
            if (isUnknown)
            {
                unknown[index] = true;
                lesionUnknown?[index] = true;
            }
        }

        // liver.lesionCount beyond the lesions listed: lesions whose every fact is unknown, so no rule reads them as small.
        var listed = facts.Liver.Lesions;
        var lesions = new LesionView[Math.Max(listed.Count, facts.Liver.LesionCount ?? 0)];
        for (var i = 0; i < lesions.Length; i++)
        {
            var l = i < listed.Count ? listed[i] : UnlistedLesion;

            var critical = l.CriticalStructureAsRead;
            var bileDuct = l.BileDuctAsRead;
            var bowel = l.BowelAsRead;
            lesionUnknown = new bool[FactCatalog.All.Count];
            Unknown(l.DiameterMm is null, Diameter);
            Unknown(l.Segment is null, Segment);
            Unknown(l.Depth == LesionDepth.Unknown, Depth);
            Unknown(l.NearMajorVessel is null, NearVessel);
            Unknown(l.AbutsGlissoneanPedicle is null, Glissonean);
            Unknown(critical is null, Critical);
            Unknown(bileDuct is null, BileDuct);
            Unknown(bowel is null, Bowel);
            Unknown(l.VisibleOnImaging is null, Visible);
            lesions[i] = new LesionView
            {
                DiameterMm = l.DiameterMm ?? double.NaN,
                Segment = l.Segment ?? -1,
                Depth = Words<LesionDepth>.Of(l.Depth),
                NearMajorVessel = l.NearMajorVessel ?? false,
                AbutsGlissoneanPedicle = l.AbutsGlissoneanPedicle ?? false,
                AdjacentToCriticalStructure = critical ?? false,
                AdjacentToBileDuct = bileDuct ?? false,
                AdjacentToBowel = bowel ?? false,
                VisibleOnImaging = l.VisibleOnImaging ?? false,
                Unknown = lesionUnknown,
            };
        }

        lesionUnknown = null;
        var p = facts.PrimaryTumor;
        var m = facts.Molecular;
        var liver = facts.Liver;
        var s = facts.SystemicTherapy;
        var centre = facts.Centre ?? new CentreFacts();
        Unknown(facts.Ecog is null, Ecog);
        Unknown(facts.FitForMajorSurgery == YesNo.Unknown, Fit);
        Unknown(p.Location == PrimaryLocation.Unknown, Location);
        Unknown(p.Resected is null, Resected);
        Unknown(p.NodePositive == YesNo.Unknown, NodePositive);
        Unknown(p.Timing == MetastasisTiming.Unknown, Timing);
        Unknown(m.Ras == RasStatus.Unknown, Ras);
        Unknown(m.Braf == BrafStatus.Unknown, Braf);
        Unknown(m.Msi == MsiStatus.Unknown, Msi);
        Unknown(liver.FutureLiverRemnantPercent is null, Remnant);
        Unknown(liver.Parenchyma == Facts.Parenchyma.Unknown, Parenchyma);
        Unknown(liver.R0ResectionFeasible == YesNo.Unknown, R0);
        Unknown(facts.ExtrahepaticDisease == ExtrahepaticDisease.Unknown, Extrahepatic);
        Unknown(facts.CeaNgPerMl is null, Cea);
        Unknown(facts.DiseaseFreeIntervalMonths is null, Dfi);
        Unknown(facts.Recurrence.AfterLocalLiverTherapy is null, AfterLocal);
        Unknown(facts.Recurrence.PriorLiverRadiation is null, PriorRadiation);
        Unknown(s.LinesReceived is null, Lines);
        Unknown(s.Response == TherapyResponse.Unknown, Response);
        Unknown(s.Refractory is null, Refractory);
        Unknown(facts.PostoperativeCtDna == CtDnaStatus.NotTested, CtDna);
        Unknown(centre.LaparoscopicLiverExpertise == YesNo.Unknown, Expertise);
        Unknown(centre.Available is null, Available);
        return new PatientView
        {
            Phase = Words<Phase>.Of(facts.Phase),
            Ecog = facts.Ecog ?? -1,
            FitForMajorSurgery = Words<YesNo>.Of(facts.FitForMajorSurgery),
            PrimaryTumor = new PrimaryTumorView
            {
                Location = Words<PrimaryLocation>.Of(p.Location),
                Resected = p.Resected ?? false,
                NodePositive = Words<YesNo>.Of(p.NodePositive),
                Timing = Words<MetastasisTiming>.Of(p.Timing),
            },
            Molecular = new MolecularView
            {
                Ras = Words<RasStatus>.Of(m.Ras),
                Braf = Words<BrafStatus>.Of(m.Braf),
                Msi = Words<MsiStatus>.Of(m.Msi),
            },
            Liver = new LiverView
            {
                Lesions = lesions,
                FutureLiverRemnantPercent = liver.FutureLiverRemnantPercent ?? double.NaN,
                Parenchyma = Words<Facts.Parenchyma>.Of(liver.Parenchyma),
                R0ResectionFeasible = Words<YesNo>.Of(liver.R0ResectionFeasible),
            },
            ExtrahepaticDisease = Words<ExtrahepaticDisease>.Of(facts.ExtrahepaticDisease),
            CeaNgPerMl = facts.CeaNgPerMl ?? double.NaN,
            DiseaseFreeIntervalMonths = facts.DiseaseFreeIntervalMonths ?? double.NaN,
            Recurrence = new RecurrenceView
            {
                AfterLocalLiverTherapy = facts.Recurrence.AfterLocalLiverTherapy ?? false,
                PriorLiverRadiation = facts.Recurrence.PriorLiverRadiation ?? false,
            },
            SystemicTherapy = new SystemicTherapyView
            {
                LinesReceived = s.LinesReceived ?? -1,
                Response = Words<TherapyResponse>.Of(s.Response),
                Refractory = s.Refractory ?? false,
            },
            PostoperativeCtDna = Words<CtDnaStatus>.Of(facts.PostoperativeCtDna),
            Centre = new CentreView
            {
                LaparoscopicLiverExpertise = Words<YesNo>.Of(centre.LaparoscopicLiverExpertise),
                Available = WordsOf(centre.Available),
            },
            Unknown = unknown,
        };
    }
}
