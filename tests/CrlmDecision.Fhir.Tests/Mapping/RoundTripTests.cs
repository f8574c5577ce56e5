using CrlmDecision.Facts;
using CrlmDecision.Fhir.Tests.Support;
using CrlmDecision.Reports;
using CrlmDecision.Scenarios;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir.Tests.Mapping;

/// <summary>
/// Bundle to facts gives the docs example's facts, less what the mapping does not carry: the centre (the treating
/// centre's capability, not patient data). Facts to Bundle to facts keeps every carried fact, for the docs examples
/// and every scenario of every rule set version.
/// </summary>
public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Examples.DocsExamples), MemberType = typeof(Examples))]
    public void Map_CheckedInBundle_GivesDocsExampleFactsButCentre(string name)
    {
        var expected = Examples.DocsFacts(name);

        var mapped = FhirFactsMapper.Map(Examples.Bundle(name));

        Assert.Null(mapped.Facts.Centre);
        Examples.AssertSameFacts(expected with { Centre = null }, mapped.Facts);
    }

    [Theory]
    [MemberData(nameof(Examples.DocsExamples), MemberType = typeof(Examples))]
    public void Recommend_MappedBundlePlusCentre_SameReportAsDocsExample(string name)
    {
        var expected = Examples.DocsFacts(name);
        var engine = CrlmDecisionEngine.CreateDefault();

        var mapped = FhirFactsMapper.Map(Examples.Bundle(name)).Facts with { Centre = expected.Centre };

        Assert.Equal(ReportJson.Serialize(engine.Recommend(expected)), ReportJson.Serialize(engine.Recommend(mapped)));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void WriteThenMap_Scenario_KeepsEveryCarriedFact(string path)
    {
        var facts = ScenarioReader.Read(Repository.Path_(path)).Facts;

        var mapped = FhirFactsMapper.Map(FhirBundleReader.Parse(FhirSerialization.Json(FhirBundleWriter.Write(facts))));

        Examples.AssertSameFacts(Examples.Carried(facts), mapped.Facts);
    }

    [Theory]
    [MemberData(nameof(Examples.DocsExamples), MemberType = typeof(Examples))]
    public void Map_EntriesReversedAndRotated_SameFactsAndOrigins(string name)
    {
        var bundle = Examples.Bundle(name);
        var expected = FhirFactsMapper.Map(bundle);
        var reversed = (Bundle)bundle.DeepCopy();
        reversed.Entry.Reverse();
        var rotated = (Bundle)bundle.DeepCopy();
        rotated.Entry = [.. rotated.Entry.Skip(3), .. rotated.Entry.Take(3)];

        foreach (var shuffled in new[] { reversed, rotated })
        {
            var actual = FhirFactsMapper.Map(shuffled);
            Examples.AssertSameFacts(expected.Facts, actual.Facts);
            Assert.Equal(expected.Origins, actual.Origins);
        }
    }

    [Fact]
    public void Map_LesionsWrittenOutOfOrder_OrderedByLabelAsNumbers()
    {
        var facts = Examples.DocsFacts("unresectable-after-first-line-failure");
        var lesions = facts.Liver.Lesions.Select((l, i) => l with { Id = "L" + (i + 1) * 5 }).Reverse().ToList();

        var mapped = FhirFactsMapper.Map(FhirBundleWriter.Write(facts with { Liver = facts.Liver with { Lesions = lesions } }));

        Assert.Equal(["L5", "L10", "L15", "L20", "L25", "L30", "L35"], mapped.Facts.Liver.Lesions.Select(l => l.Id));
    }

    [Fact]
    public void Map_DocsExample_OriginsNameResourceAndElement()
    {
        var origins = FhirFactsMapper.Map(Examples.Bundle("flr22-r0-not-feasible")).Origins;

        Assert.Equal("Patient/flr22-r0-no.id", origins["patientId"]);
        Assert.Equal("Observation/ecog.valueInteger", origins["ecog"]);
        Assert.Equal("Observation/size-L1.component[0].valueQuantity", origins["liver.lesions[0].diameterMm"]);
        Assert.Equal("BodyStructure/lesion-L2.locationQualifier[0]", origins["liver.lesions[1].segment"]);
        Assert.Equal("Observation/assessment-L3.component[0].valueCodeableConcept", origins["liver.lesions[2].depth"]);
        Assert.Equal("Condition/primary-cancer.bodySite[0]", origins["primaryTumor.location"]);
        Assert.Equal("Observation/kras.valueCodeableConcept", origins["molecular.ras"]);
        Assert.Equal("Observation/future-liver-remnant.valueQuantity", origins["liver.futureLiverRemnantPercent"]);
        Assert.DoesNotContain("centre.available", origins.Keys);
    }

    [Fact]
    public void ErrorFor_ValidationErrorOfMappedFact_NamesTheResource()
    {
        var mapped = FhirFactsMapper.Map(Examples.Bundle("flr22-r0-not-feasible"));

        var error = mapped.ErrorFor(new FactsError("liver.lesions[0].diameterMm", null, null, "must be at most 300"));

        Assert.Equal(new FhirMappingError("Observation/size-L1", "component[0].valueQuantity", "must be at most 300 (fact liver.lesions[0].diameterMm)"), error);
        Assert.Equal("BodyStructure/lesion-L2", mapped.ErrorFor(new FactsError("liver.lesions[1]", null, null, "x")).Resource);
        Assert.Equal(new FhirMappingError("Bundle", "", "x (fact liver.lesions)"), mapped.ErrorFor(new FactsError("liver.lesions", null, null, "x")));
    }

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Path_("rules"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "scenarios")
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
        }

        return data;
    }
}
