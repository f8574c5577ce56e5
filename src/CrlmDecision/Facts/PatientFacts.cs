using System.ComponentModel;

namespace CrlmDecision.Facts;

/// <summary>
/// Structured facts about one patient with colorectal liver metastases (contract schemaVersion 1, revision 1.1).
/// </summary>
/// <remarks>
/// Every clinical fact may be unknown: null for numbers and flags, the <c>Unknown</c> member for words.
/// The engine never replaces an unknown with a default; a rule that needs an unknown fact is reported as
/// not evaluable and the fact is listed under the report's <c>missingFacts</c>. Read instances with
/// <see cref="FactsReader"/>, or build them in code; the engine validates them either way.
/// </remarks>
public sealed record PatientFacts
{
    /// <summary>The contract version these facts follow; only 1 exists.</summary>
    [Description("The version of this facts contract: always 1.")]
    public int SchemaVersion { get; init; } = 1;

    /// <summary>Opaque identifier, echoed in the report and never logged.</summary>
    [Description("An opaque identifier (no name or record number), echoed in the report and never logged.")]
    public string? PatientId { get; init; }

    /// <summary>The question framed; the one field with a default (pre-treatment).</summary>
    [Description("The question asked: pre-treatment (liver metastases present: which local therapy?) or post-hepatectomy (all liver disease removed: adjuvant and follow-up questions).")]
    public Phase Phase { get; init; } = Phase.PreTreatment;

    /// <summary>ECOG performance status 0..4; null when unknown.</summary>
    [Description("ECOG performance status, 0 (fully active) to 4 (completely disabled).")]
    public int? Ecog { get; init; }

    /// <summary>Anaesthetic and general fitness for a major liver operation.</summary>
    [Description("Anaesthetic and general fitness for a major liver operation.")]
    public YesNo FitForMajorSurgery { get; init; }

    /// <summary>The primary colorectal tumour.</summary>
    [Description("The primary colorectal tumour.")]
    public PrimaryTumorFacts PrimaryTumor { get; init; } = new();

    /// <summary>Molecular markers.</summary>
    [Description("Molecular markers of the tumour.")]
    public MolecularFacts Molecular { get; init; } = new();

    /// <summary>The liver and its metastases.</summary>
    [Description("The liver and its metastases.")]
    public LiverFacts Liver { get; init; } = new();

    /// <summary>Disease outside the liver.</summary>
    [Description("Disease outside the liver: none, limited and resectable (controllable), or not controllable.")]
    public ExtrahepaticDisease ExtrahepaticDisease { get; init; }

    /// <summary>Serum CEA in ng/mL; null when unknown.</summary>
    [Description("Serum carcinoembryonic antigen (CEA), in ng/mL.")]
    public double? CeaNgPerMl { get; init; }

    /// <summary>Months from primary resection to liver metastasis; null when unknown.</summary>
    [Description("Months from resection of the primary to the diagnosis of liver metastases.")]
    public double? DiseaseFreeIntervalMonths { get; init; }

    /// <summary>Earlier local liver therapy.</summary>
    [Description("Earlier local treatment of the liver.")]
    public RecurrenceFacts Recurrence { get; init; } = new();

    /// <summary>Systemic therapy so far.</summary>
    [Description("Systemic therapy received so far.")]
    public SystemicTherapyFacts SystemicTherapy { get; init; } = new();

    /// <summary>ctDNA after resection.</summary>
    [Description("Circulating tumour DNA after resection; not-tested means unknown.")]
    public CtDnaStatus PostoperativeCtDna { get; init; }

    /// <summary>What the treating centre offers; null when not stated.</summary>
    [Description("What the treating centre offers; absent when not stated.")]
    public CentreFacts? Centre { get; init; }
}

/// <summary>The primary tumour.</summary>
public sealed record PrimaryTumorFacts
{
    /// <summary>Site of the primary.</summary>
    [Description("Site of the primary tumour.")]
    public PrimaryLocation Location { get; init; }

    /// <summary>Primary already removed; null when unknown.</summary>
    [Description("The primary tumour has already been removed.")]
    public bool? Resected { get; init; }

    /// <summary>Node-positive primary (a Fong clinical risk score item).</summary>
    [Description("Node-positive primary (an item of the Fong clinical risk score).")]
    public YesNo NodePositive { get; init; }

    /// <summary>Synchronous or metachronous liver metastases.</summary>
    [Description("Liver metastases found with the primary (synchronous) or later (metachronous).")]
    public MetastasisTiming Timing { get; init; }
}

/// <summary>Molecular markers of the tumour.</summary>
public sealed record MolecularFacts
{
    /// <summary>KRAS/NRAS.</summary>
    [Description("KRAS/NRAS status.")]
    public RasStatus Ras { get; init; }

    /// <summary>BRAF.</summary>
    [Description("BRAF status.")]
    public BrafStatus Braf { get; init; }

    /// <summary>Microsatellite status.</summary>
    [Description("Microsatellite status.")]
    public MsiStatus Msi { get; init; }
}

/// <summary>The liver.</summary>
public sealed record LiverFacts
{
    /// <summary>One entry per metastasis; the count is the length unless <see cref="LesionCount"/> gives a larger total.</summary>
    [Description("One entry per liver metastasis; the number of metastases is the length of the list, unless lesionCount gives a larger total.")]
    public IReadOnlyList<LesionFacts> Lesions { get; init; } = [];

    /// <summary>
    /// Total number of liver metastases when not every one is listed under <see cref="Lesions"/>; null when every
    /// metastasis is listed (the count is then the list's length). At least the number listed; 0 or null after hepatectomy.
    /// </summary>
    /// <remarks>Contract revision 1.1. The lesions beyond those listed are evaluated as lesions whose every fact is unknown.</remarks>
    [Description("Total number of liver metastases, when not every one is listed one by one under lesions: at least the number listed. Each lesion beyond those listed counts with every fact unknown (its size, segment, depth ...), so no rule reads it as small or favourable. Leave out when every lesion is listed; 0 or absent after hepatectomy. (Revision 1.1.)")]
    public int? LesionCount { get; init; }

    /// <summary>Future liver remnant, percent, after the resection that would clear all disease; null when unknown.</summary>
    [Description("Future liver remnant after the resection that would clear all disease, in percent of the total liver volume.")]
    public double? FutureLiverRemnantPercent { get; init; }

    /// <summary>State of the parenchyma.</summary>
    [Description("State of the liver parenchyma.")]
    public Parenchyma Parenchyma { get; init; }

    /// <summary>The surgeon's judgement that R0 resection is technically feasible.</summary>
    [Description("The surgeon judges a resection with clear margins (R0) technically feasible.")]
    public YesNo R0ResectionFeasible { get; init; }
}

/// <summary>One liver metastasis.</summary>
public sealed record LesionFacts
{
    /// <summary>Label (e.g. L1); does not influence the result.</summary>
    [Description("A label for the lesion (e.g. L1); it does not influence the result.")]
    public string? Id { get; init; }

    /// <summary>Largest diameter in millimetres; null when unknown.</summary>
    [Description("Largest diameter, in millimetres (24 mm, not 2.4 cm).")]
    public double? DiameterMm { get; init; }

    /// <summary>Couinaud segment 1..8; null when unknown.</summary>
    [Description("Couinaud segment, 1 to 8.")]
    public int? Segment { get; init; }

    /// <summary>Depth in the parenchyma.</summary>
    [Description("Depth in the parenchyma: superficial (removable by a limited wedge resection) or deep (needs a major or anatomical resection).")]
    public LesionDepth Depth { get; init; }

    /// <summary>Within 10 mm of a major hepatic vein, portal pedicle or the IVC; null when unknown.</summary>
    [Description("Within 10 mm of a major hepatic vein, a portal pedicle or the inferior vena cava.")]
    public bool? NearMajorVessel { get; init; }

    /// <summary>In contact with a Glissonean pedicle; null when unknown.</summary>
    [Description("In contact with a Glissonean pedicle.")]
    public bool? AbutsGlissoneanPedicle { get; init; }

    /// <summary>Next to bowel, main bile duct, diaphragm, gallbladder or heart; null when unknown.</summary>
    /// <remarks>
    /// The umbrella of <see cref="AdjacentToBileDuct"/> and <see cref="AdjacentToBowel"/>: false means neither
    /// (they read as false when not given); true for either of them implies it (it reads as true when not given).
    /// </remarks>
    [Description("Next to bowel, the main bile duct, the diaphragm, the gallbladder or the heart (the umbrella of adjacentToBileDuct and adjacentToBowel: false means neither).")]
    public bool? AdjacentToCriticalStructure { get; init; }

    /// <summary>Abuts the main bile duct or the biliary confluence (hilar plate); null when unknown (revision 1.1).</summary>
    /// <remarks>Limits thermal ablation. True implies <see cref="AdjacentToCriticalStructure"/>; when that is false, this reads as false.</remarks>
    [Description("Abuts the main bile duct or the biliary confluence (hilar plate); limits thermal ablation. True may not be combined with adjacentToCriticalStructure: false. (Revision 1.1.)")]
    public bool? AdjacentToBileDuct { get; init; }

    /// <summary>Next to bowel, stomach or duodenum; null when unknown (revision 1.1).</summary>
    /// <remarks>Limits the SBRT dose and ablation. True implies <see cref="AdjacentToCriticalStructure"/>; when that is false, this reads as false.</remarks>
    [Description("Next to bowel, the stomach or the duodenum; limits the SBRT dose and ablation. True may not be combined with adjacentToCriticalStructure: false. (Revision 1.1.)")]
    public bool? AdjacentToBowel { get; init; }

    /// <summary>False when the lesion disappeared on imaging after chemotherapy; null when unknown.</summary>
    [Description("Visible on imaging; false when the lesion disappeared after chemotherapy.")]
    public bool? VisibleOnImaging { get; init; }

    // The adjacency flags as the engine reads them (PatientViewBuilder) and the what-if fills them (FactValues):
    // adjacentToCriticalStructure is the umbrella, false meaning neither bile duct nor bowel; either true means it.

    /// <summary>Next to a critical structure as the engine reads it: the umbrella, else true when bile duct or bowel is.</summary>
    internal bool? CriticalStructureAsRead => AdjacentToCriticalStructure ?? (AdjacentToBileDuct == true || AdjacentToBowel == true ? true : null);

    /// <summary>Next to the main bile duct as the engine reads it: the flag, else false when the umbrella is false.</summary>
    internal bool? BileDuctAsRead => AdjacentToBileDuct ?? (AdjacentToCriticalStructure == false ? false : null);

    /// <summary>Next to bowel as the engine reads it: the flag, else false when the umbrella is false.</summary>
    internal bool? BowelAsRead => AdjacentToBowel ?? (AdjacentToCriticalStructure == false ? false : null);
}

/// <summary>Earlier treatment of the liver.</summary>
public sealed record RecurrenceFacts
{
    /// <summary>Recurrent liver metastases after hepatectomy or ablation; null when unknown.</summary>
    [Description("Recurrent liver metastases after an earlier hepatectomy or ablation.")]
    public bool? AfterLocalLiverTherapy { get; init; }

    /// <summary>SBRT or SIRT already given to the liver; null when unknown.</summary>
    [Description("SBRT or SIRT already given to the liver.")]
    public bool? PriorLiverRadiation { get; init; }
}

/// <summary>Systemic therapy received.</summary>
public sealed record SystemicTherapyFacts
{
    /// <summary>Lines of systemic therapy received; null when unknown.</summary>
    [Description("Lines of systemic therapy received.")]
    public int? LinesReceived { get; init; }

    /// <summary>Course on the current or last line.</summary>
    [Description("Course on the current or last line of systemic therapy; naive when none was given.")]
    public TherapyResponse Response { get; init; }

    /// <summary>Progressed on fluoropyrimidine, oxaliplatin and irinotecan; null when unknown.</summary>
    [Description("Progressed on fluoropyrimidine, oxaliplatin and irinotecan.")]
    public bool? Refractory { get; init; }
}

/// <summary>What the treating centre can offer.</summary>
public sealed record CentreFacts
{
    /// <summary>Experience with laparoscopic liver resection.</summary>
    [Description("The centre has experience with laparoscopic liver resection.")]
    public YesNo LaparoscopicLiverExpertise { get; init; }

    /// <summary>Options the centre offers; null when not stated (unknown).</summary>
    [Description("The local treatment options the centre offers, each listed once.")]
    public IReadOnlyList<TreatmentOption>? Available { get; init; }
}
