using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

/// <summary>What to fetch to learn one fact: the resource type, its profile and its code, as a FHIR DataRequirement.</summary>
internal static class FactRequirement
{
    /// <summary>The DataRequirement for the fact at <paramref name="path"/> (a lesion fact written <c>liver.lesions[].depth</c>).</summary>
    public static DataRequirement For(string path)
    {
        var (type, profile, coding) = Find(path);
        var requirement = new DataRequirement { Type = type };
        requirement.AddExtension(FhirCodes.FactPathExtension, new FhirString(path));
        if (profile is not null)
        {
            requirement.Profile = [profile];
        }

        if (coding is not null)
        {
            requirement.CodeFilter.Add(new DataRequirement.CodeFilterComponent { Path = "code", Code = [coding] });
        }

        return requirement;
    }

    private static (FHIRAllTypes Type, string? Profile, Coding? Code) Find(string path)
    {
        if (SimpleFact.All.FirstOrDefault(f => f.Path == path) is { } simple)
        {
            return (FHIRAllTypes.Observation, simple.Profile, new Coding(simple.System, simple.Code, simple.Display));
        }

        if (LesionFact.All.FirstOrDefault(f => "liver.lesions[]." + f.Name == path) is not null)
        {
            return (FHIRAllTypes.Observation, null, new Coding(FhirCodes.CrlmFacts, CrlmCodes.LesionAssessment, "Liver lesion assessment"));
        }

        return path switch
        {
            "primaryTumor.location" => (FHIRAllTypes.Condition, FhirCodes.Profiles.PrimaryCancerCondition, null),
            "molecular.ras" or "molecular.braf" => (FHIRAllTypes.Observation, FhirCodes.Profiles.GenomicVariant, new Coding(FhirCodes.Loinc, StandardCodes.VariantAssessment, "Genetic variant assessment")),
            "liver.lesions[].diameterMm" => (FHIRAllTypes.Observation, FhirCodes.Profiles.TumorSize, new Coding(FhirCodes.Loinc, StandardCodes.TumorSize, "Size Tumor")),
            "liver.lesions" or "liver.lesions[].id" or "liver.lesions[].segment" => (FHIRAllTypes.BodyStructure, FhirCodes.Profiles.Tumor, null),
            "patientId" => (FHIRAllTypes.Patient, FhirCodes.Profiles.CancerPatient, null),
            _ => (FHIRAllTypes.Any, null, null), // the centre's facts: not patient data, no FHIR resource carries them here
        };
    }
}
