using CrlmDecision.Facts;
using CrlmDecision.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir.Tests.Mapping;

/// <summary>Where resources come from and how they combine: patients, prefetch Bundles, duplicates, procedures, medications, status.</summary>
public sealed class ResourceSourceTests
{
    private static readonly Bundle Solitary = Examples.Bundle("resectable-solitary");

    private static FhirMappingError Single(Bundle bundle, string resource) =>
        Assert.Single(bundle.MappingErrors(), e => e.Resource == resource);

    [Fact]
    public void Map_ResourceOfAnotherPatient_Error()
    {
        var bundle = Solitary.Edit<Observation>("Observation/cea", o => o.Subject = new ResourceReference("Patient/someone-else"));

        Assert.Equal("subject", Single(bundle, "Observation/cea").Element);
    }

    [Fact]
    public void Map_ResourceNamingNoPatient_ErrorNotTakenAsThisPatients()
    {
        var bundle = Solitary.Edit<Observation>("Observation/cea", o => o.Subject = null);

        var error = Single(bundle, "Observation/cea");

        Assert.Equal("subject", error.Element);
        Assert.Contains("must name the patient", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_NoPatient_Error() =>
        Assert.Contains(Solitary.Without("Patient/demo-resectable-solitary").MappingErrors(), e => e.Resource == "Patient" && e.Message.Contains("no Patient", StringComparison.Ordinal));

    [Fact]
    public void Map_SameResourceTwiceWithDifferentContent_Error()
    {
        var copy = (Observation)Solitary.Find<Observation>("cea").DeepCopy();
        ((Quantity)copy.Value!).Value = 99;

        Assert.Contains("appears twice", Single(Solitary.With(copy), "Observation/cea").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SameResourceTwiceIdentical_Merged() =>
        Assert.Equal(12, FhirFactsMapper.Map(Solitary.With((Observation)Solitary.Find<Observation>("cea").DeepCopy())).Facts.CeaNgPerMl);

    [Fact]
    public void Map_ExtrahepaticConditionButObservationSaysNone_Error()
    {
        var lung = new Condition
        {
            Id = "lung-metastasis",
            Meta = new Meta { Profile = [FhirCodes.Profiles.SecondaryCancerCondition] },
            Code = Hl7Codes.Concept(FhirCodes.Snomed, "94391008", "Secondary malignant neoplasm of lung"),
            BodySite = [Hl7Codes.Concept(FhirCodes.Snomed, "39607008", "Lung structure")],
            Subject = new ResourceReference("Patient/demo-resectable-solitary"),
        };

        var error = Single(Solitary.With(lung), "Observation/extrahepatic-disease");

        Assert.Contains("Condition/lung-metastasis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_LiverRadiationProcedure_PriorLiverRadiationTrue_AndContradictionIsAnError()
    {
        var sbrt = new Procedure
        {
            Id = "liver-sbrt",
            Status = EventStatus.Completed,
            Code = Hl7Codes.Concept(FhirCodes.CrlmFacts, "liver-radiation"),
            Subject = new ResourceReference("Patient/demo-resectable-solitary"),
        };

        Assert.True(FhirFactsMapper.Map(Solitary.Without("Observation/prior-liver-radiation").With(sbrt)).Facts.Recurrence.PriorLiverRadiation);
        Assert.Equal(["Observation/prior-liver-radiation", "Procedure/liver-sbrt"], Solitary.With(sbrt).MappingErrors().Select(e => e.Resource));
    }

    [Fact]
    public void Map_MedicationLines_GiveLinesReceived_AndMoreLinesThanStatedIsAnError()
    {
        var secondLine = new MedicationStatement
        {
            Id = "folfiri",
            Status = MedicationStatement.MedicationStatusCodes.Completed,
            Medication = new CodeableConcept { Text = "FOLFIRI" },
            Subject = new ResourceReference("Patient/demo-resectable-solitary"),
        };
        secondLine.AddExtension(FhirCodes.LineOfTherapyExtension, new PositiveInt(2));

        var mapped = FhirFactsMapper.Map(Solitary.Without("Observation/systemic-therapy-lines", "Observation/systemic-therapy-response").With(secondLine));
        var errors = Solitary.With(secondLine).MappingErrors();

        Assert.Equal(2, mapped.Facts.SystemicTherapy.LinesReceived);
        Assert.Equal("MedicationStatement/folfiri.extension[0].value", mapped.Origins["systemicTherapy.linesReceived"]);
        Assert.Equal("Observation/systemic-therapy-lines", Assert.Single(errors).Resource);
    }

    [Fact]
    public void Map_EnteredInErrorObservation_Ignored()
    {
        var bundle = Solitary.Edit<Observation>("Observation/ecog", o => o.Status = ObservationStatus.EnteredInError);

        Assert.Null(FhirFactsMapper.Map(bundle).Facts.Ecog);
    }

    [Fact]
    public void Map_PrefetchBundlesAsResources_SameFactsAsOneBundle()
    {
        var conditions = new Bundle { Type = Bundle.BundleType.Searchset };
        var others = new Bundle { Type = Bundle.BundleType.Searchset };
        foreach (var entry in Solitary.Entry)
        {
            (entry.Resource is Condition ? conditions : others).Entry.Add(new Bundle.EntryComponent { Resource = entry.Resource });
        }

        var outcome = new OperationOutcome { Issue = [new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Information, Code = OperationOutcome.IssueType.Informational }] };

        var mapped = FhirFactsMapper.Map([conditions, others, outcome, (Resource)Solitary.Find<Observation>("ecog").DeepCopy()], "demo-resectable-solitary");

        Examples.AssertSameFacts(FhirFactsMapper.Map(Solitary).Facts, mapped.Facts);
    }

    [Fact]
    public void Map_BundlesNestedTooDeep_Error()
    {
        Resource nested = Solitary;
        for (var i = 0; i < 6; i++)
        {
            nested = new Bundle { Type = Bundle.BundleType.Collection, Entry = [new Bundle.EntryComponent { Resource = nested }] };
        }

        var errors = Assert.Throws<FhirMappingException>(() => FhirFactsMapper.Map([nested])).Errors;

        Assert.Contains(errors, e => e.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void ErrorFor_EngineRefusesMappedFacts_ErrorNamesTheResource()
    {
        var bundle = Solitary.Edit<Observation>("Observation/cea", o => ((Quantity)o.Value!).Value = -4);
        var mapped = FhirFactsMapper.Map(bundle);

        var refused = Assert.Throws<InvalidFactsException>(() => CrlmDecisionEngine.CreateDefault().Recommend(mapped.Facts));

        var error = mapped.ErrorFor(Assert.Single(refused.Errors));
        Assert.Equal(("Observation/cea", "valueQuantity"), (error.Resource, error.Element));
    }
}
