using CrlmDecision.Facts;
using CrlmDecision.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir.Tests.Mapping;

/// <summary>Liver lesions: BodyStructures, their sizes and assessments; what is malformed, what is passed over.</summary>
public sealed class LesionMappingTests
{
    private static readonly Bundle Solitary = Examples.Bundle("resectable-solitary");

    private static FhirMappingError Single(Bundle bundle, string resource) =>
        Assert.Single(bundle.MappingErrors(), e => e.Resource == resource);

    [Fact]
    public void Map_SizeInCentimetres_ConvertedToMillimetres()
    {
        var bundle = Solitary.Edit<Observation>("Observation/size-L1", o => o.Component[0].Value = new Quantity(3.2m, "cm", FhirCodes.Ucum));

        Assert.Equal(32, FhirFactsMapper.Map(bundle).Facts.Liver.Lesions.Single().DiameterMm);
    }

    [Fact]
    public void Map_SizeWithoutUnit_Error()
    {
        var error = Single(Solitary.Edit<Observation>("Observation/size-L1", o => o.Component[0].Value = new Quantity { Value = 32 }), "Observation/size-L1");

        Assert.Equal("component[0].valueQuantity", error.Element);
    }

    [Fact]
    public void Map_TwoSegmentsForOneLesion_Error()
    {
        var bundle = Solitary.Edit<BodyStructure>("BodyStructure/lesion-L1", b => b.LocationQualifier.Add(Hl7Codes.Concept(FhirCodes.Snomed, "277962002")));

        Assert.Equal("locationQualifier[1]", Single(bundle, "BodyStructure/lesion-L1").Element);
    }

    [Fact]
    public void Map_AssessmentFocusNotALesion_Error()
    {
        var bundle = Solitary.Edit<Observation>("Observation/assessment-L1", o => o.Focus[0] = new ResourceReference("BodyStructure/nowhere"));

        Assert.Equal("focus", Single(bundle, "Observation/assessment-L1").Element);
    }

    [Fact]
    public void Map_LesionCountOutOfRange_Error()
    {
        var count = new Observation
        {
            Id = "lesion-count",
            Status = ObservationStatus.Final,
            Code = Hl7Codes.Concept(FhirCodes.CrlmFacts, "liver-lesion-count"),
            Subject = new ResourceReference("Patient/demo-resectable-solitary"),
            Value = new Integer(250),
        };

        Assert.Equal("valueInteger", Single(Solitary.With(count), "Observation/lesion-count").Element);
    }

    [Fact]
    public void Map_InactiveLesionBodyStructure_NotALesionAndItsObservationsPassedOver()
    {
        var bundle = Examples.Bundle("flr22-r0-not-feasible").Edit<BodyStructure>("BodyStructure/lesion-L2", b => b.Active = false);

        var lesions = FhirFactsMapper.Map(bundle).Facts.Liver.Lesions;

        Assert.Equal(["L1", "L3"], lesions.Select(l => l.Id));
        Assert.Equal([55.0, 25.0], lesions.Select(l => l.DiameterMm!.Value));
    }

    [Fact]
    public void Map_SizeOfTheColonPrimary_PassedOver()
    {
        var primary = new BodyStructure { Id = "primary-tumour", Location = Hl7Codes.Concept(FhirCodes.Snomed, "55572008"), Patient = new ResourceReference("Patient/demo-resectable-solitary") };
        var size = (Observation)Solitary.Find<Observation>("size-L1").DeepCopy();
        size.Id = "size-primary";
        size.Focus[0] = new ResourceReference("BodyStructure/primary-tumour");

        var sizeOfCondition = (Observation)size.DeepCopy();
        sizeOfCondition.Id = "size-primary-condition";
        sizeOfCondition.Focus[0] = new ResourceReference("Condition/primary-cancer");

        Assert.Equal(32, FhirFactsMapper.Map(Solitary.With(primary, size, sizeOfCondition)).Facts.Liver.Lesions.Single().DiameterMm);
    }

    [Fact]
    public void Map_SizeCodedAsMaximumDimensionWithValueQuantity_Read()
    {
        var bundle = Solitary.Edit<Observation>("Observation/size-L1", o =>
        {
            o.Code = Hl7Codes.Concept(FhirCodes.Loinc, "33728-7");
            o.Component.Clear();
            o.Value = new Quantity(41, "mm", FhirCodes.Ucum);
        });

        var mapped = FhirFactsMapper.Map(bundle);

        Assert.Equal(41, mapped.Facts.Liver.Lesions.Single().DiameterMm);
        Assert.Equal("Observation/size-L1.valueQuantity", mapped.Origins["liver.lesions[0].diameterMm"]);
    }
}
