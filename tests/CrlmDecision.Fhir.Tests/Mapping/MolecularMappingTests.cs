using CrlmDecision.Facts;
using CrlmDecision.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir.Tests.Mapping;

/// <summary>RAS, BRAF and MSI from genomic Observations.</summary>
public sealed class MolecularMappingTests
{
    private static readonly Bundle Solitary = Examples.Bundle("resectable-solitary");

    private static FhirMappingError Single(Bundle bundle, string resource) =>
        Assert.Single(bundle.MappingErrors(), e => e.Resource == resource);

    [Fact]
    public void Map_BrafVariantOtherThanV600E_Error()
    {
        var bundle = Solitary.Edit<Observation>("Observation/braf", o => o.Value = Hl7Codes.Concept(FhirCodes.Loinc, "LA9633-4", "Present"));

        Assert.Contains("p.Val600Glu", Single(bundle, "Observation/braf").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_BrafV600E_Read()
    {
        var bundle = Solitary.Edit<Observation>("Observation/braf", o =>
        {
            o.Value = Hl7Codes.Concept(FhirCodes.Loinc, "LA9633-4", "Present");
            o.Component.Add(new Observation.ComponentComponent { Code = Hl7Codes.Concept(FhirCodes.Loinc, "48005-3"), Value = Hl7Codes.Concept(FhirCodes.Hgvs, "p.Val600Glu") });
        });

        Assert.Equal(BrafStatus.V600E, FhirFactsMapper.Map(bundle).Facts.Molecular.Braf);
    }

    [Fact]
    public void Map_NrasPresent_RasMutant()
    {
        var bundle = Solitary.Edit<Observation>("Observation/nras", o => o.Value = Hl7Codes.Concept(FhirCodes.Loinc, "LA9633-4", "Present"));

        var mapped = FhirFactsMapper.Map(bundle);

        Assert.Equal(RasStatus.Mutant, mapped.Facts.Molecular.Ras);
        Assert.Equal("Observation/nras.valueCodeableConcept", mapped.Origins["molecular.ras"]);
    }
}
