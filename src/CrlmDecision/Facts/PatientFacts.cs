namespace CrlmDecision.Facts;

/// <summary>
/// Structured facts about one patient with colorectal liver metastases (contract schemaVersion 1).
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
    public int SchemaVersion { get; init; } = 1;

    /// <summary>Opaque identifier, echoed in the report and never logged.</summary>
    public string? PatientId { get; init; }

    /// <summary>The question framed; the one field with a default (pre-treatment).</summary>
    public Phase Phase { get; init; } = Phase.PreTreatment;

    /// <summary>ECOG performance status 0..4; null when unknown.</summary>
    public int? Ecog { get; init; }

    /// <summary>Anaesthetic and general fitness for a major liver operation.</summary>
    public YesNo FitForMajorSurgery { get; init; }

    /// <summary>The primary colorectal tumour.</summary>
    public PrimaryTumorFacts PrimaryTumor { get; init; } = new();

    /// <summary>Molecular markers.</summary>
    public MolecularFacts Molecular { get; init; } = new();

    /// <summary>The liver and its metastases.</summary>
    public LiverFacts Liver { get; init; } = new();

    /// <summary>Disease outside the liver.</summary>
    public ExtrahepaticDisease ExtrahepaticDisease { get; init; }

    /// <summary>Serum CEA in ng/mL; null when unknown.</summary>
    public double? CeaNgPerMl { get; init; }

    /// <summary>Months from primary resection to liver metastasis; null when unknown.</summary>
    public double? DiseaseFreeIntervalMonths { get; init; }

    /// <summary>Earlier local liver therapy.</summary>
    public RecurrenceFacts Recurrence { get; init; } = new();

    /// <summary>Systemic therapy so far.</summary>
    public SystemicTherapyFacts SystemicTherapy { get; init; } = new();

    /// <summary>ctDNA after resection.</summary>
    public CtDnaStatus PostoperativeCtDna { get; init; }

    /// <summary>What the treating centre offers; null when not stated.</summary>
    public CentreFacts? Centre { get; init; }
}

/// <summary>The primary tumour.</summary>
public sealed record PrimaryTumorFacts
{
    /// <summary>Site of the primary.</summary>
    public PrimaryLocation Location { get; init; }

    /// <summary>Primary already removed; null when unknown.</summary>
    public bool? Resected { get; init; }

    /// <summary>Node-positive primary (a Fong clinical risk score item).</summary>
    public YesNo NodePositive { get; init; }

    /// <summary>Synchronous or metachronous liver metastases.</summary>
    public MetastasisTiming Timing { get; init; }
}

/// <summary>Molecular markers of the tumour.</summary>
public sealed record MolecularFacts
{
    /// <summary>KRAS/NRAS.</summary>
    public RasStatus Ras { get; init; }

    /// <summary>BRAF.</summary>
    public BrafStatus Braf { get; init; }

    /// <summary>Microsatellite status.</summary>
    public MsiStatus Msi { get; init; }
}

/// <summary>The liver.</summary>
public sealed record LiverFacts
{
    /// <summary>One entry per metastasis; the count is the length.</summary>
    public IReadOnlyList<LesionFacts> Lesions { get; init; } = [];

    /// <summary>Future liver remnant, percent, after the resection that would clear all disease; null when unknown.</summary>
    public double? FutureLiverRemnantPercent { get; init; }

    /// <summary>State of the parenchyma.</summary>
    public Parenchyma Parenchyma { get; init; }

    /// <summary>The surgeon's judgement that R0 resection is technically feasible.</summary>
    public YesNo R0ResectionFeasible { get; init; }
}

/// <summary>One liver metastasis.</summary>
public sealed record LesionFacts
{
    /// <summary>Label (e.g. L1); does not influence the result.</summary>
    public string? Id { get; init; }

    /// <summary>Largest diameter in millimetres; null when unknown.</summary>
    public double? DiameterMm { get; init; }

    /// <summary>Couinaud segment 1..8; null when unknown.</summary>
    public int? Segment { get; init; }

    /// <summary>Depth in the parenchyma.</summary>
    public LesionDepth Depth { get; init; }

    /// <summary>Within 10 mm of a major hepatic vein, portal pedicle or the IVC; null when unknown.</summary>
    public bool? NearMajorVessel { get; init; }

    /// <summary>In contact with a Glissonean pedicle; null when unknown.</summary>
    public bool? AbutsGlissoneanPedicle { get; init; }

    /// <summary>Next to bowel, main bile duct, diaphragm, gallbladder or heart; null when unknown.</summary>
    public bool? AdjacentToCriticalStructure { get; init; }

    /// <summary>False when the lesion disappeared on imaging after chemotherapy; null when unknown.</summary>
    public bool? VisibleOnImaging { get; init; }
}

/// <summary>Earlier treatment of the liver.</summary>
public sealed record RecurrenceFacts
{
    /// <summary>Recurrent liver metastases after hepatectomy or ablation; null when unknown.</summary>
    public bool? AfterLocalLiverTherapy { get; init; }

    /// <summary>SBRT or SIRT already given to the liver; null when unknown.</summary>
    public bool? PriorLiverRadiation { get; init; }
}

/// <summary>Systemic therapy received.</summary>
public sealed record SystemicTherapyFacts
{
    /// <summary>Lines of systemic therapy received; null when unknown.</summary>
    public int? LinesReceived { get; init; }

    /// <summary>Course on the current or last line.</summary>
    public TherapyResponse Response { get; init; }

    /// <summary>Progressed on fluoropyrimidine, oxaliplatin and irinotecan; null when unknown.</summary>
    public bool? Refractory { get; init; }
}

/// <summary>What the treating centre can offer.</summary>
public sealed record CentreFacts
{
    /// <summary>Experience with laparoscopic liver resection.</summary>
    public YesNo LaparoscopicLiverExpertise { get; init; }

    /// <summary>Options the centre offers; null when not stated (unknown).</summary>
    public IReadOnlyList<TreatmentOption>? Available { get; init; }
}
