using CrlmDecision.Facts;

namespace CrlmDecision.Service.Configuration;

/// <summary>
/// What the treating centre running this service can offer (the facts contract's <c>centre</c>), bound from
/// <c>Service:Centre</c>. A FHIR record describes the patient, not the centre, so the FHIR endpoints take these
/// facts from here; when the section is absent they stay unknown (no option is assumed available or not).
/// </summary>
public sealed class CentreOptions
{
    /// <summary>Whether the centre has laparoscopic liver surgery expertise: yes, no or unknown.</summary>
    public YesNo LaparoscopicLiverExpertise { get; set; }

    /// <summary>The local treatments the centre offers, e.g. [resection, ablation, sbrt]; null when not known.</summary>
    public IList<TreatmentOption>? Available { get; init; }

    /// <summary>These options as the contract's centre facts.</summary>
    public CentreFacts ToFacts() => new() { LaparoscopicLiverExpertise = LaparoscopicLiverExpertise, Available = Available?.ToList() };
}
