using CrlmDecision.Facts;
using CrlmDecision.Fhir.Tests.Support;

namespace CrlmDecision.Fhir.Tests.Mapping;

/// <summary>An absent resource makes its fact unknown, never a default.</summary>
public sealed class AbsentResourceTests
{
    private static readonly Hl7.Fhir.Model.Bundle Solitary = Examples.Bundle("resectable-solitary");

    private static PatientFacts MapWithout(params string[] labels) => FhirFactsMapper.Map(Solitary.Without(labels)).Facts;

    [Fact]
    public void Map_MinimalPatient_EveryFactUnknown()
    {
        var mapped = FhirFactsMapper.Map(Examples.Bundle("minimal-patient"));

        var expected = new PatientFacts
        {
            PatientId = "minimal",
            Liver = new LiverFacts { Lesions = [new LesionFacts { Id = "L1" }] },
        };
        Examples.AssertSameFacts(expected, mapped.Facts);
        Assert.Equal(["liver.lesions[0].id", "patientId"], mapped.Origins.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Map_NoEcogObservation_EcogUnknown() => Assert.Null(MapWithout("Observation/ecog").Ecog);

    [Fact]
    public void Map_NoVariantObservations_RasAndBrafUnknown()
    {
        var facts = MapWithout("Observation/kras", "Observation/nras", "Observation/braf");

        Assert.Equal(RasStatus.Unknown, facts.Molecular.Ras);
        Assert.Equal(BrafStatus.Unknown, facts.Molecular.Braf);
    }

    [Fact]
    public void Map_KrasWithoutVariantButNoNrasObservation_RasUnknownNotWildType() =>
        Assert.Equal(RasStatus.Unknown, MapWithout("Observation/nras").Molecular.Ras);

    [Fact]
    public void Map_NoBrafObservation_BrafUnknown() => Assert.Equal(BrafStatus.Unknown, MapWithout("Observation/braf").Molecular.Braf);

    [Fact]
    public void Map_NoMsiObservation_MsiUnknown() => Assert.Equal(MsiStatus.Unknown, MapWithout("Observation/msi").Molecular.Msi);

    [Fact]
    public void Map_NoFlrObservation_FlrUnknown() => Assert.Null(MapWithout("Observation/future-liver-remnant").Liver.FutureLiverRemnantPercent);

    [Fact]
    public void Map_NoLesionAssessment_DepthAndFlagsUnknown()
    {
        var lesion = MapWithout("Observation/assessment-L1").Liver.Lesions.Single();

        Assert.Equal(LesionDepth.Unknown, lesion.Depth);
        Assert.Null(lesion.NearMajorVessel);
        Assert.Null(lesion.AbutsGlissoneanPedicle);
        Assert.Null(lesion.AdjacentToCriticalStructure);
        Assert.Null(lesion.VisibleOnImaging);
        Assert.Equal(32, lesion.DiameterMm);
    }

    [Fact]
    public void Map_NoTumorSize_DiameterUnknown() => Assert.Null(MapWithout("Observation/size-L1").Liver.Lesions.Single().DiameterMm);

    [Fact]
    public void Map_NoSegmentQualifier_SegmentUnknown() =>
        Assert.Null(FhirFactsMapper.Map(Solitary.Edit<Hl7.Fhir.Model.BodyStructure>("BodyStructure/lesion-L1", b => b.LocationQualifier.Clear())).Facts.Liver.Lesions.Single().Segment);

    [Fact]
    public void Map_NoPrimaryCondition_LocationUnknown() => Assert.Equal(PrimaryLocation.Unknown, MapWithout("Condition/primary-cancer").PrimaryTumor.Location);

    [Fact]
    public void Map_NoCeaObservation_CeaUnknown() => Assert.Null(MapWithout("Observation/cea").CeaNgPerMl);

    [Fact]
    public void Map_NoFitnessOrR0Observation_Unknown()
    {
        var facts = MapWithout("Observation/fit-for-major-surgery", "Observation/r0-resection-feasible");

        Assert.Equal(YesNo.Unknown, facts.FitForMajorSurgery);
        Assert.Equal(YesNo.Unknown, facts.Liver.R0ResectionFeasible);
    }

    [Fact]
    public void Map_NoExtrahepaticObservation_Unknown() => Assert.Equal(ExtrahepaticDisease.Unknown, MapWithout("Observation/extrahepatic-disease").ExtrahepaticDisease);

    [Fact]
    public void Map_NoSystemicTherapyObservations_Unknown()
    {
        var facts = MapWithout("Observation/systemic-therapy-lines", "Observation/systemic-therapy-response", "Observation/systemic-therapy-refractory");

        Assert.Equal(new SystemicTherapyFacts(), facts.SystemicTherapy);
    }

    [Fact]
    public void Map_NoCtDnaObservation_NotTested() =>
        Assert.Equal(CtDnaStatus.NotTested, FhirFactsMapper.Map(Examples.Bundle("post-hepatectomy-ctdna-positive").Without("Observation/postoperative-ctdna")).Facts.PostoperativeCtDna);

    [Fact]
    public void Map_NoPhaseObservation_PreTreatmentTheFramingDefault() => Assert.Equal(Phase.PreTreatment, MapWithout("Observation/phase").Phase);

    [Fact]
    public void Map_IndeterminateMsi_UnknownWithoutError()
    {
        var bundle = Solitary.Edit<Hl7.Fhir.Model.Observation>("Observation/msi", o => o.Value = Hl7Codes.Concept(FhirCodes.Loinc, "LA11884-6", "Indeterminate"));

        var mapped = FhirFactsMapper.Map(bundle);

        Assert.Equal(MsiStatus.Unknown, mapped.Facts.Molecular.Msi);
        Assert.DoesNotContain("molecular.msi", mapped.Origins.Keys);
    }
}
