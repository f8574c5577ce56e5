using System.Globalization;
using System.Text;
using CrlmDecision.Facts;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

/// <summary>
/// Writes facts as a FHIR R4 collection Bundle of mCODE-profiled resources, the inverse of
/// <see cref="FhirFactsMapper"/>: for tests and to make example Bundles.
/// </summary>
/// <remarks>
/// Thread-safe, stateless and deterministic: no dates, no generated ids. An unknown fact writes no resource.
/// What it cannot carry: <see cref="PatientFacts.Centre"/> (the centre's capability, not patient data); a null
/// patient id (the Patient is written with id <c>patient</c>); and which RAS gene is mutant (the facts say only
/// "RAS mutant", so a RAS-mutant patient is written with a KRAS variant present).
/// </remarks>
public static partial class FhirBundleWriter
{
    /// <summary>The lesion identifier system written on each lesion BodyStructure (this project's).</summary>
    public const string LesionLabelSystem = "https://crlm-decision.example/fhir/NamingSystem/lesion-label";

    /// <summary>Writes <paramref name="facts"/> as a collection Bundle.</summary>
    public static Bundle Write(PatientFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var patientId = IdOf(facts.PatientId ?? "patient");
        var patient = new ResourceReference("Patient/" + patientId);
        var resources = new List<Resource>
        {
            new Patient { Id = patientId, Meta = Profile(FhirCodes.Profiles.CancerPatient) },
        };

        resources.AddRange(Conditions(facts, patient));
        foreach (var fact in SimpleFact.All)
        {
            if (fact.Get(facts) is { } value)
            {
                resources.Add(Observation(fact, value, patient));
            }
        }

        resources.AddRange(Lesions(facts.Liver.Lesions, patient));
        resources.AddRange(Variants(facts.Molecular, patient));

        return new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Entry = resources.Select(r => new Bundle.EntryComponent { Resource = r }).ToList(),
        };
    }

    private static Observation Observation(SimpleFact fact, object value, ResourceReference patient)
    {
        var observation = new Observation
        {
            Id = fact.ResourceId,
            Meta = fact.Profile is null ? null : Profile(fact.Profile),
            Status = ObservationStatus.Final,
            Code = Hl7Codes.Concept(fact.System, fact.Code, fact.Display),
            Subject = patient,
            Value = fact.Value.Write(value),
        };
        if (fact.Profile is not null)
        {
            observation.Category.Add(Category(fact.Code == StandardCodes.Ecog ? "survey" : "laboratory"));
        }

        return observation;
    }

    private static IEnumerable<Resource> Conditions(PatientFacts facts, ResourceReference patient)
    {
        var site = StandardCodes.PrimarySites.FirstOrDefault(s => s.Location == facts.PrimaryTumor.Location && s.Code != "60184004");
        if (facts.PrimaryTumor.Location != PrimaryLocation.Unknown)
        {
            var rectum = facts.PrimaryTumor.Location == PrimaryLocation.Rectum;
            yield return new Condition
            {
                Id = "primary-cancer",
                Meta = Profile(FhirCodes.Profiles.PrimaryCancerCondition),
                ClinicalStatus = Hl7Codes.Concept(FhirCodes.ConditionClinical, "active"),
                VerificationStatus = Hl7Codes.Concept(Hl7Codes.ConditionVerification, "confirmed"),
                Category = [Hl7Codes.Concept("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item")],
                Code = rectum
                    ? Hl7Codes.Concept(FhirCodes.Snomed, StandardCodes.RectumCancer, "Malignant tumor of rectum")
                    : Hl7Codes.Concept(FhirCodes.Snomed, StandardCodes.ColonCancer, "Malignant tumor of colon"),
                BodySite = [Hl7Codes.Concept(FhirCodes.Snomed, site.Code, site.Display)],
                Subject = patient,
            };
        }

        // The liver metastases: active now (recurring after local therapy where the facts say so), in remission after hepatectomy.
        var status = facts.Phase == Phase.PostHepatectomy ? "remission" : facts.Recurrence.AfterLocalLiverTherapy == true ? "recurrence" : "active";
        yield return new Condition
        {
            Id = "liver-metastases",
            Meta = Profile(FhirCodes.Profiles.SecondaryCancerCondition),
            ClinicalStatus = Hl7Codes.Concept(FhirCodes.ConditionClinical, status),
            VerificationStatus = Hl7Codes.Concept(Hl7Codes.ConditionVerification, "confirmed"),
            Category = [Hl7Codes.Concept("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item")],
            Code = Hl7Codes.Concept(FhirCodes.Snomed, StandardCodes.LiverMetastasis, "Secondary malignant neoplasm of liver"),
            BodySite = [Liver()],
            Subject = patient,
        };
    }

    private static CodeableConcept Liver() => Hl7Codes.Concept(FhirCodes.Snomed, StandardCodes.Liver, "Liver structure");

    private static CodeableConcept Category(string code) =>
        Hl7Codes.Concept("http://terminology.hl7.org/CodeSystem/observation-category", code);

    private static Meta Profile(string profile) => new() { Profile = [profile] };

    /// <summary>A FHIR id (letters, digits, '-' and '.', at most 64) made from <paramref name="text"/>.</summary>
    internal static string IdOf(string text)
    {
        var id = new StringBuilder();
        foreach (var c in text)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-');
        }

        return id.Length == 0 ? "x" : id.ToString(0, Math.Min(id.Length, 64));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
