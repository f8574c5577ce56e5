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

    [Fact]
    public void Map_AssessmentFocusNotALesion_Error()
    {
        var bundle = Solitary.Edit<Observation>("Observation/assessment-L1", o => o.Focus[0] = new ResourceReference("BodyStructure/nowhere"));

        Assert.Equal("focus", Single(bundle, "Observation/assessment-L1").Element);
    }

    [Fact]
    public void Map_ResourceOfAnotherPatient_Error()
    {
        var bundle = Solitary.Edit<Observation>("Observation/cea", o => o.Subject = new ResourceReference("Patient/someone-else"));

        Assert.Equal("subject", Single(bundle, "Observation/cea").Element);
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
    public void ErrorFor_EngineRefusesMappedFacts_ErrorNamesTheResource()
    {
        var bundle = Solitary.Edit<Observation>("Observation/cea", o => ((Quantity)o.Value!).Value = -4);
        var mapped = FhirFactsMapper.Map(bundle);

        var refused = Assert.Throws<InvalidFactsException>(() => CrlmDecisionEngine.CreateDefault().Recommend(mapped.Facts));

        var error = mapped.ErrorFor(Assert.Single(refused.Errors));
        Assert.Equal(("Observation/cea", "valueQuantity"), (error.Resource, error.Element));
    }
}
