using System.Text.Json.Serialization;

namespace CrlmDecision.Facts;

// The words in [JsonStringEnumMemberName] are the contract's words: the facts reader accepts exactly these,
// and the report writes them. Every enum that describes the patient has an explicit Unknown.

/// <summary>What question the facts frame.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Phase>))]
public enum Phase
{
    /// <summary>Liver disease present; which local therapy?</summary>
    [JsonStringEnumMemberName("pre-treatment")] PreTreatment,

    /// <summary>All liver disease removed; adjuvant and follow-up questions.</summary>
    [JsonStringEnumMemberName("post-hepatectomy")] PostHepatectomy,
}

/// <summary>A yes/no judgement that may be unknown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<YesNo>))]
public enum YesNo
{
    /// <summary>Not known: rules that need it are not evaluated.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>Yes.</summary>
    [JsonStringEnumMemberName("yes")] Yes,

    /// <summary>No.</summary>
    [JsonStringEnumMemberName("no")] No,
}

/// <summary>Site of the primary tumour.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PrimaryLocation>))]
public enum PrimaryLocation
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>Right colon.</summary>
    [JsonStringEnumMemberName("right-colon")] RightColon,

    /// <summary>Left colon.</summary>
    [JsonStringEnumMemberName("left-colon")] LeftColon,

    /// <summary>Rectum.</summary>
    [JsonStringEnumMemberName("rectum")] Rectum,
}

/// <summary>Liver metastases found with the primary (synchronous) or later (metachronous).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MetastasisTiming>))]
public enum MetastasisTiming
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>Synchronous.</summary>
    [JsonStringEnumMemberName("synchronous")] Synchronous,

    /// <summary>Metachronous.</summary>
    [JsonStringEnumMemberName("metachronous")] Metachronous,
}

/// <summary>KRAS/NRAS status.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RasStatus>))]
public enum RasStatus
{
    /// <summary>Not tested or not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>Wild type.</summary>
    [JsonStringEnumMemberName("wild-type")] WildType,

    /// <summary>Mutant.</summary>
    [JsonStringEnumMemberName("mutant")] Mutant,
}

/// <summary>BRAF status.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BrafStatus>))]
public enum BrafStatus
{
    /// <summary>Not tested or not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>Wild type.</summary>
    [JsonStringEnumMemberName("wild-type")] WildType,

    /// <summary>BRAF V600E mutant.</summary>
    [JsonStringEnumMemberName("v600e")] V600E,
}

/// <summary>Microsatellite status.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MsiStatus>))]
public enum MsiStatus
{
    /// <summary>Not tested or not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>Microsatellite stable.</summary>
    [JsonStringEnumMemberName("mss")] Mss,

    /// <summary>Microsatellite instability high.</summary>
    [JsonStringEnumMemberName("msi-high")] MsiHigh,
}

/// <summary>Depth of a lesion in the parenchyma.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LesionDepth>))]
public enum LesionDepth
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>Removable by a limited (wedge) resection.</summary>
    [JsonStringEnumMemberName("superficial")] Superficial,

    /// <summary>Removal with margin needs a major or anatomical resection.</summary>
    [JsonStringEnumMemberName("deep")] Deep,
}

/// <summary>State of the liver parenchyma.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Parenchyma>))]
public enum Parenchyma
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>Normal.</summary>
    [JsonStringEnumMemberName("normal")] Normal,

    /// <summary>Steatosis.</summary>
    [JsonStringEnumMemberName("steatosis")] Steatosis,

    /// <summary>Injury after (extensive) chemotherapy.</summary>
    [JsonStringEnumMemberName("chemotherapy-injury")] ChemotherapyInjury,

    /// <summary>Cirrhosis.</summary>
    [JsonStringEnumMemberName("cirrhosis")] Cirrhosis,
}

/// <summary>Disease outside the liver.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExtrahepaticDisease>))]
public enum ExtrahepaticDisease
{
    /// <summary>Not known (staging incomplete).</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>None.</summary>
    [JsonStringEnumMemberName("none")] None,

    /// <summary>Present, limited and resectable (controllable).</summary>
    [JsonStringEnumMemberName("limited-resectable")] LimitedResectable,

    /// <summary>Present and not controllable.</summary>
    [JsonStringEnumMemberName("unresectable")] Unresectable,
}

/// <summary>Course on systemic therapy.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TherapyResponse>))]
public enum TherapyResponse
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>No systemic therapy yet.</summary>
    [JsonStringEnumMemberName("naive")] Naive,

    /// <summary>Responding.</summary>
    [JsonStringEnumMemberName("responding")] Responding,

    /// <summary>Stable disease.</summary>
    [JsonStringEnumMemberName("stable")] Stable,

    /// <summary>Progressing.</summary>
    [JsonStringEnumMemberName("progressing")] Progressing,

    /// <summary>Could not tolerate it.</summary>
    [JsonStringEnumMemberName("intolerant")] Intolerant,
}

/// <summary>Circulating tumour DNA after resection.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CtDnaStatus>))]
public enum CtDnaStatus
{
    /// <summary>Not tested (unknown).</summary>
    [JsonStringEnumMemberName("not-tested")] NotTested,

    /// <summary>Positive.</summary>
    [JsonStringEnumMemberName("positive")] Positive,

    /// <summary>Negative.</summary>
    [JsonStringEnumMemberName("negative")] Negative,
}

/// <summary>The local treatment options the report ranks, in the contract's order (used to break ties).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TreatmentOption>))]
public enum TreatmentOption
{
    /// <summary>Liver resection (laparoscopic or open).</summary>
    [JsonStringEnumMemberName("resection")] Resection,

    /// <summary>Thermal ablation (RFA or MWA).</summary>
    [JsonStringEnumMemberName("ablation")] Ablation,

    /// <summary>Stereotactic body radiotherapy.</summary>
    [JsonStringEnumMemberName("sbrt")] Sbrt,

    /// <summary>Selective internal radiation therapy with yttrium-90.</summary>
    [JsonStringEnumMemberName("sirt")] Sirt,

    /// <summary>Hepatic arterial infusion chemotherapy.</summary>
    [JsonStringEnumMemberName("haic")] Haic,

    /// <summary>Transarterial chemoembolisation.</summary>
    [JsonStringEnumMemberName("tace")] Tace,
}
