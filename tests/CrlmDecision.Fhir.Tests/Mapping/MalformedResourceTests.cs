using CrlmDecision.Facts;
using CrlmDecision.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir.Tests.Mapping;

/// <summary>A resource that is present but malformed is an error naming the resource and the element; all are collected.</summary>
public sealed class MalformedResourceTests
{
    private static readonly Bundle Solitary = Examples.Bundle("resectable-solitary");

    private static FhirMappingError Single(Bundle bundle, string resource) =>
        Assert.Single(bundle.MappingErrors(), e => e.Resource == resource);

    [Fact]
    public void Map_MalformedBundleFile_EveryErrorNamesResourceAndElement()
    {
        var errors = Examples.Bundle("malformed-observations").MappingErrors();

        Assert.Equal(
            ["Observation/depth-typo.code", "Observation/ecog-1.valueInteger", "Observation/flr.valueQuantity", "Observation/size-1.component[0].valueQuantity"],
            errors.Select(e => e.Resource + "." + e.Element));
        Assert.Contains("expected valueInteger from 0 to 4, found string", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("allowed: UCUM 'mm' or 'cm'", errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_EcogOutOfRange_ErrorSaysAllowedRange()
    {
        var error = Single(Solitary.Edit<Observation>("Observation/ecog", o => o.Value = new Integer(7)), "Observation/ecog");

        Assert.Equal("valueInteger", error.Element);
        Assert.Contains("allowed: a whole number from 0 to 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_TwoUndatedEcogValuesDisagree_ErrorOnEach()
    {
        var second = Solitary.Find<Observation>("ecog").DeepCopy() as Observation;
        second!.Id = "ecog-2";
        second.Value = new Integer(2);

        var errors = Solitary.With(second).MappingErrors();

        Assert.Equal(["Observation/ecog", "Observation/ecog-2"], errors.Select(e => e.Resource));
        Assert.All(errors, e => Assert.Contains("none is the latest by effective date", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Map_TwoDatedEcogValues_LatestTaken()
    {
        var bundle = Solitary.Edit<Observation>("Observation/ecog", o => o.Effective = new FhirDateTime("2026-03-01"));
        var later = (Observation)bundle.Find<Observation>("ecog").DeepCopy();
        later.Id = "ecog-2";
        later.Value = new Integer(2);
        later.Effective = new FhirDateTime("2026-05-01");

        var mapped = FhirFactsMapper.Map(bundle.With(later));

        Assert.Equal(2, mapped.Facts.Ecog);
        Assert.Equal("Observation/ecog-2.valueInteger", mapped.Origins["ecog"]);
    }

    [Fact]
    public void Map_UnknownPrimaryBodySite_ErrorListsAllowedSites()
    {
        var bundle = Solitary.Edit<Condition>("Condition/primary-cancer", c => c.BodySite[0] = Hl7Codes.Concept(FhirCodes.Snomed, "123456009"));

        var error = Single(bundle, "Condition/primary-cancer");

        Assert.Equal("bodySite[0]", error.Element);
        Assert.Contains("51342009 (Right colon structure)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_UnknownWordOfProjectCodeSystem_Error()
    {
        var bundle = Solitary.Edit<Observation>("Observation/liver-parenchyma", o => o.Value = Hl7Codes.Concept(FhirCodes.CrlmFacts, "fatty"));

        var error = Single(bundle, "Observation/liver-parenchyma");

        Assert.Equal("valueCodeableConcept", error.Element);
        Assert.Contains("normal, steatosis, chemotherapy-injury, cirrhosis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ManyProblems_AllReportedInOneException()
    {
        var bundle = Solitary
            .Edit<Observation>("Observation/ecog", o => o.Value = new FhirString("1"))
            .Edit<Observation>("Observation/cea", o => o.Value = new Quantity(12, "mmol/L", FhirCodes.Ucum))
            .Edit<Observation>("Observation/future-liver-remnant", o => o.Value = new FhirBoolean(true));

        var exception = Assert.Throws<FhirMappingException>(() => FhirFactsMapper.Map(bundle));

        Assert.Equal(3, exception.Errors.Count);
        Assert.Contains("Observation/ecog.valueInteger:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_CeaBelowDetectionLimit_ErrorNotAGuessedValue()
    {
        var bundle = Solitary.Edit<Observation>("Observation/cea", o => ((Quantity)o.Value!).Comparator = Quantity.QuantityComparator.LessThan);

        var error = Single(bundle, "Observation/cea");

        Assert.Equal("valueQuantity", error.Element);
        Assert.Contains("comparator", error.Message, StringComparison.Ordinal);
    }
}
