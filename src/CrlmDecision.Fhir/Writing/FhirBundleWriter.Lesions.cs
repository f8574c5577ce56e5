using CrlmDecision.Facts;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

public static partial class FhirBundleWriter
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    /// <summary>Per lesion: an mCODE Tumor BodyStructure, a TumorSize Observation and a lesion-assessment Observation, where known.</summary>
    private static IEnumerable<Resource> Lesions(IReadOnlyList<LesionFacts> lesions, ResourceReference patient)
    {
        for (var i = 0; i < lesions.Count; i++)
        {
            var lesion = lesions[i];
            var label = lesion.Id ?? "L" + Text(i + 1);
            var id = IdOf("lesion-" + label);
            var body = new BodyStructure
            {
                Id = id,
                Meta = Profile(FhirCodes.Profiles.Tumor),
                Identifier = [new Identifier(LesionLabelSystem, label)],
                Location = Liver(),
                Patient = patient,
            };
            if (lesion.Segment is int segment)
            {
                body.LocationQualifier.Add(Hl7Codes.Concept(FhirCodes.Snomed, StandardCodes.CouinaudSegments[segment - 1], "Couinaud hepatic segment " + Roman[segment - 1]));
            }

            yield return body;
            var focus = new ResourceReference("BodyStructure/" + id);
            if (lesion.DiameterMm is double diameter)
            {
                yield return new Observation
                {
                    Id = IdOf("size-" + label),
                    Meta = Profile(FhirCodes.Profiles.TumorSize),
                    Status = ObservationStatus.Final,
                    Code = Hl7Codes.Concept(FhirCodes.Loinc, StandardCodes.TumorSize, "Size Tumor"),
                    Subject = patient,
                    Focus = [focus],
                    Component =
                    [
                        new Observation.ComponentComponent
                        {
                            Code = Hl7Codes.Concept(FhirCodes.Loinc, StandardCodes.TumorMaxDimension, "Size.maximum dimension in Tumor"),
                            Value = new Quantity((decimal)diameter, "mm", FhirCodes.Ucum) { Unit = "mm" },
                        },
                    ],
                };
            }

            var components = LesionFact.All
                .Select(f => (Fact: f, Value: f.Get(lesion)))
                .Where(c => c.Value is not null)
                .Select(c => new Observation.ComponentComponent
                {
                    Code = Hl7Codes.Concept(FhirCodes.CrlmFacts, c.Fact.Code, c.Fact.Display),
                    Value = c.Fact.Value.Write(c.Value!),
                })
                .ToList();
            if (components.Count > 0)
            {
                yield return new Observation
                {
                    Id = IdOf("assessment-" + label),
                    Status = ObservationStatus.Final,
                    Code = Hl7Codes.Concept(FhirCodes.CrlmFacts, CrlmCodes.LesionAssessment, "Liver lesion assessment"),
                    Subject = patient,
                    Focus = [focus],
                    Component = components,
                };
            }
        }
    }

    /// <summary>KRAS and NRAS (and BRAF) variant Observations: absent for wild-type, present for mutant (RAS written as KRAS).</summary>
    private static IEnumerable<Observation> Variants(MolecularFacts molecular, ResourceReference patient)
    {
        if (molecular.Ras != RasStatus.Unknown)
        {
            yield return Variant("kras", StandardCodes.Kras, "KRAS", molecular.Ras == RasStatus.Mutant, null, patient);
            if (molecular.Ras == RasStatus.WildType)
            {
                yield return Variant("nras", StandardCodes.Nras, "NRAS", false, null, patient);
            }
        }

        if (molecular.Braf != BrafStatus.Unknown)
        {
            yield return Variant("braf", StandardCodes.Braf, "BRAF", molecular.Braf == BrafStatus.V600E, molecular.Braf == BrafStatus.V600E ? "p.Val600Glu" : null, patient);
        }
    }

    private static Observation Variant(string id, string hgnc, string gene, bool present, string? aminoAcidChange, ResourceReference patient)
    {
        var observation = new Observation
        {
            Id = id,
            Meta = Profile(FhirCodes.Profiles.GenomicVariant),
            Status = ObservationStatus.Final,
            Category = [Category("laboratory")],
            Code = Hl7Codes.Concept(FhirCodes.Loinc, StandardCodes.VariantAssessment, "Genetic variant assessment"),
            Subject = patient,
            Value = present
                ? Hl7Codes.Concept(FhirCodes.Loinc, StandardCodes.Present, "Present")
                : Hl7Codes.Concept(FhirCodes.Loinc, StandardCodes.Absent, "Absent"),
            Component =
            [
                new Observation.ComponentComponent
                {
                    Code = Hl7Codes.Concept(FhirCodes.Loinc, StandardCodes.GeneStudied, "Gene studied [ID]"),
                    Value = Hl7Codes.Concept(FhirCodes.Hgnc, hgnc, gene),
                },
            ],
        };
        if (aminoAcidChange is not null)
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = Hl7Codes.Concept(FhirCodes.Loinc, StandardCodes.AminoAcidChange, "Amino acid change (pHGVS)"),
                Value = Hl7Codes.Concept(FhirCodes.Hgvs, aminoAcidChange, aminoAcidChange),
            });
        }

        return observation;
    }
}
