namespace CrlmDecision.Fhir;

/// <summary>
/// Codes of this project's code system <see cref="FhirCodes.CrlmFacts"/>, for facts that have no standard code.
/// Value codes are the contract's own words (e.g. <c>limited-resectable</c>, <c>deep</c>).
/// </summary>
internal static class CrlmCodes
{
    public const string Phase = "phase";
    public const string FitForMajorSurgery = "fit-for-major-surgery";
    public const string PrimaryResected = "primary-resected";
    public const string PrimaryNodePositive = "primary-node-positive";
    public const string MetastasisTiming = "metastasis-timing";
    public const string ExtrahepaticDisease = "extrahepatic-disease";
    public const string DiseaseFreeInterval = "disease-free-interval";
    public const string LesionCount = "liver-lesion-count";
    public const string FutureLiverRemnant = "future-liver-remnant";
    public const string Parenchyma = "liver-parenchyma";
    public const string R0ResectionFeasible = "r0-resection-feasible";
    public const string RecurrenceAfterLocalTherapy = "recurrence-after-local-liver-therapy";
    public const string PriorLiverRadiation = "prior-liver-radiation";
    public const string LinesReceived = "systemic-therapy-lines";
    public const string Response = "systemic-therapy-response";
    public const string Refractory = "systemic-therapy-refractory";
    public const string PostoperativeCtDna = "postoperative-ctdna";

    /// <summary>Procedure code: SBRT or SIRT given to the liver.</summary>
    public const string LiverRadiation = "liver-radiation";

    /// <summary>Observation of one liver lesion (focus: its BodyStructure), one component per lesion fact.</summary>
    public const string LesionAssessment = "liver-lesion-assessment";
    public const string Depth = "lesion-depth";
    public const string NearMajorVessel = "near-major-vessel";
    public const string AbutsGlissoneanPedicle = "abuts-glissonean-pedicle";
    public const string AdjacentToCriticalStructure = "adjacent-to-critical-structure";
    public const string AdjacentToBileDuct = "adjacent-to-bile-duct";
    public const string AdjacentToBowel = "adjacent-to-bowel";
    public const string VisibleOnImaging = "visible-on-imaging";
}
