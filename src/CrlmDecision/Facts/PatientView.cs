using System.ComponentModel;
using CrlmDecision.Facts;

namespace CrlmDecision.Facts;

// What a rule expression sees as `p`. Words are the contract's words; numbers and flags are plain values.
// A rule's expression reads a fact only when it is known (ConditionLowering guards every part by the unknown
// flags), so the placeholders that stand for unknown values (NaN, -1, false, "unknown") are never observed.

/// <summary>The patient as rule expressions see it (parameter <c>p</c>).</summary>
internal sealed class PatientView
{
    /// <summary>pre-treatment or post-hepatectomy.</summary>
    [Description("pre-treatment | post-hepatectomy"), FactWords(typeof(Phase))]
    public string Phase { get; init; } = "";

    /// <summary>ECOG performance status 0..4.</summary>
    [Description("ECOG performance status, 0..4")]
    public int Ecog { get; init; }

    /// <summary>yes or no.</summary>
    [Description("fit for major liver surgery: yes | no"), FactWords(typeof(YesNo))]
    public string FitForMajorSurgery { get; init; } = "";

    /// <summary>The primary tumour.</summary>
    public required PrimaryTumorView PrimaryTumor { get; init; }

    /// <summary>Molecular markers.</summary>
    public required MolecularView Molecular { get; init; }

    /// <summary>The liver.</summary>
    public required LiverView Liver { get; init; }

    /// <summary>none, limited-resectable or unresectable.</summary>
    [Description("none | limited-resectable | unresectable"), FactWords(typeof(ExtrahepaticDisease))]
    public string ExtrahepaticDisease { get; init; } = "";

    /// <summary>Serum CEA, ng/mL.</summary>
    [Description("serum CEA, ng/mL")]
    public double CeaNgPerMl { get; init; }

    /// <summary>Months from primary resection to liver metastasis.</summary>
    [Description("months from primary resection to liver metastasis")]
    public double DiseaseFreeIntervalMonths { get; init; }

    /// <summary>Earlier local liver therapy.</summary>
    public required RecurrenceView Recurrence { get; init; }

    /// <summary>Systemic therapy.</summary>
    public required SystemicTherapyView SystemicTherapy { get; init; }

    /// <summary>positive or negative (not-tested is unknown).</summary>
    [Description("ctDNA after resection: positive | negative (not-tested counts as unknown)"), FactWords(typeof(CtDnaStatus))]
    public string PostoperativeCtDna { get; init; } = "";

    /// <summary>The treating centre.</summary>
    public required CentreView Centre { get; init; }

    // Not public, so expressions cannot read it: which facts are unknown (by fact index; a lesion fact when it is
    // unknown for any lesion). The lowered conditions read it (ConditionLowering).
    internal bool[] Unknown { get; init; } = [];
}

/// <summary>The primary tumour (<c>p.PrimaryTumor</c>).</summary>
internal sealed class PrimaryTumorView
{
    /// <summary>right-colon, left-colon or rectum.</summary>
    [Description("right-colon | left-colon | rectum"), FactWords(typeof(PrimaryLocation))]
    public string Location { get; init; } = "";

    /// <summary>Primary already removed.</summary>
    [Description("primary already removed (true/false)")]
    public bool Resected { get; init; }

    /// <summary>yes or no.</summary>
    [Description("node-positive primary: yes | no"), FactWords(typeof(YesNo))]
    public string NodePositive { get; init; } = "";

    /// <summary>synchronous or metachronous.</summary>
    [Description("synchronous | metachronous"), FactWords(typeof(MetastasisTiming))]
    public string Timing { get; init; } = "";
}

/// <summary>Molecular markers (<c>p.Molecular</c>).</summary>
internal sealed class MolecularView
{
    /// <summary>wild-type or mutant.</summary>
    [Description("KRAS/NRAS: wild-type | mutant"), FactWords(typeof(RasStatus))]
    public string Ras { get; init; } = "";

    /// <summary>wild-type or v600e.</summary>
    [Description("BRAF: wild-type | v600e"), FactWords(typeof(BrafStatus))]
    public string Braf { get; init; } = "";

    /// <summary>mss or msi-high.</summary>
    [Description("microsatellite status: mss | msi-high"), FactWords(typeof(MsiStatus))]
    public string Msi { get; init; } = "";
}

/// <summary>The liver (<c>p.Liver</c>).</summary>
internal sealed class LiverView
{
    /// <summary>
    /// The metastases; never unknown. The count is the total: the lesions listed, then one lesion with every fact
    /// unknown for each beyond them up to the facts' <c>liver.lesionCount</c>.
    /// </summary>
    [Description("the metastases (a list; use Any, All, Count, Max ...); Count() is the total (liver.lesionCount when given), lesions not listed one by one have every fact unknown")]
    public required IReadOnlyList<LesionView> Lesions { get; init; }

    /// <summary>Future liver remnant, percent.</summary>
    [Description("future liver remnant after clearing all disease, percent")]
    public double FutureLiverRemnantPercent { get; init; }

    /// <summary>normal, steatosis, chemotherapy-injury or cirrhosis.</summary>
    [Description("normal | steatosis | chemotherapy-injury | cirrhosis"), FactWords(typeof(Parenchyma))]
    public string Parenchyma { get; init; } = "";

    /// <summary>yes or no.</summary>
    [Description("surgeon judges R0 resection feasible: yes | no"), FactWords(typeof(YesNo))]
    public string R0ResectionFeasible { get; init; } = "";
}

/// <summary>One metastasis (an item of <c>p.Liver.Lesions</c>).</summary>
internal sealed class LesionView
{
    /// <summary>Largest diameter, mm.</summary>
    [Description("largest diameter, mm")]
    public double DiameterMm { get; init; }

    /// <summary>Couinaud segment 1..8.</summary>
    [Description("Couinaud segment, 1..8")]
    public int Segment { get; init; }

    /// <summary>superficial or deep.</summary>
    [Description("superficial | deep"), FactWords(typeof(LesionDepth))]
    public string Depth { get; init; } = "";

    /// <summary>Within 10 mm of a major vessel.</summary>
    [Description("within 10 mm of a major hepatic vein, portal pedicle or IVC (true/false)")]
    public bool NearMajorVessel { get; init; }

    /// <summary>In contact with a Glissonean pedicle.</summary>
    [Description("in contact with a Glissonean pedicle (true/false)")]
    public bool AbutsGlissoneanPedicle { get; init; }

    /// <summary>Next to a critical structure.</summary>
    [Description("next to bowel, main bile duct, diaphragm, gallbladder or heart (true/false); true when adjacentToBileDuct or adjacentToBowel is true and this was not given")]
    public bool AdjacentToCriticalStructure { get; init; }

    /// <summary>Abuts the main bile duct or the biliary confluence (hilar plate); limits thermal ablation.</summary>
    /// <remarks>Facts revision 1.1. False when adjacentToCriticalStructure is false and this was not given; otherwise unknown when not given.</remarks>
    [Description("abuts the main bile duct or the biliary confluence/hilar plate; limits thermal ablation (true/false; false when adjacentToCriticalStructure is false)")]
    public bool AdjacentToBileDuct { get; init; }

    /// <summary>Next to bowel, stomach or duodenum; limits the SBRT dose and ablation.</summary>
    /// <remarks>Facts revision 1.1. False when adjacentToCriticalStructure is false and this was not given; otherwise unknown when not given.</remarks>
    [Description("next to bowel, stomach or duodenum; limits SBRT dose and ablation (true/false; false when adjacentToCriticalStructure is false)")]
    public bool AdjacentToBowel { get; init; }

    /// <summary>False when disappeared after chemotherapy.</summary>
    [Description("visible on imaging; false = disappeared after chemotherapy (true/false)")]
    public bool VisibleOnImaging { get; init; }

    // Not public, so expressions cannot read it: which of this lesion's facts are unknown (by fact index),
    // for the per-lesion three-valued Any/All (ConditionLowering).
    internal bool[] Unknown { get; init; } = [];
}

/// <summary>Earlier liver treatment (<c>p.Recurrence</c>).</summary>
internal sealed class RecurrenceView
{
    /// <summary>Recurrent CRLM after hepatectomy or ablation.</summary>
    [Description("recurrent CRLM after hepatectomy or ablation (true/false)")]
    public bool AfterLocalLiverTherapy { get; init; }

    /// <summary>SBRT or SIRT already given to the liver.</summary>
    [Description("SBRT or SIRT already given to the liver (true/false)")]
    public bool PriorLiverRadiation { get; init; }
}

/// <summary>Systemic therapy (<c>p.SystemicTherapy</c>).</summary>
internal sealed class SystemicTherapyView
{
    /// <summary>Lines received.</summary>
    [Description("lines of systemic therapy received, 0..10")]
    public int LinesReceived { get; init; }

    /// <summary>naive, responding, stable, progressing or intolerant.</summary>
    [Description("naive | responding | stable | progressing | intolerant"), FactWords(typeof(TherapyResponse))]
    public string Response { get; init; } = "";

    /// <summary>Progressed on fluoropyrimidine, oxaliplatin and irinotecan.</summary>
    [Description("progressed on fluoropyrimidine, oxaliplatin and irinotecan (true/false)")]
    public bool Refractory { get; init; }
}

/// <summary>The treating centre (<c>p.Centre</c>).</summary>
internal sealed class CentreView
{
    /// <summary>yes or no.</summary>
    [Description("laparoscopic liver resection expertise: yes | no"), FactWords(typeof(YesNo))]
    public string LaparoscopicLiverExpertise { get; init; } = "";

    /// <summary>Options offered, as words.</summary>
    [Description("options the centre offers, as words (e.g. Available.Contains(\"sirt\"))"), FactWords(typeof(TreatmentOption))]
    public required IReadOnlyList<string> Available { get; init; }
}
