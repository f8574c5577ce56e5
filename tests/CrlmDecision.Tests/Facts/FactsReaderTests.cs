using CrlmDecision.Facts;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Facts;

public sealed class FactsReaderTests
{
    [Fact]
    public void Read_ValidYaml_MapsEveryField()
    {
        var facts = TestFacts.Valid();

        Assert.Equal("t-001", facts.PatientId);
        Assert.Equal(1, facts.Ecog);
        Assert.Equal(YesNo.Yes, facts.FitForMajorSurgery);
        Assert.Equal(RasStatus.WildType, facts.Molecular.Ras);
        Assert.Equal(24, facts.Liver.Lesions.Single().DiameterMm);
        Assert.Equal(LesionDepth.Superficial, facts.Liver.Lesions[0].Depth);
        Assert.Equal(60, facts.Liver.FutureLiverRemnantPercent);
        Assert.Equal(CtDnaStatus.NotTested, facts.PostoperativeCtDna);
        Assert.Equal(6, facts.Centre!.Available!.Count);
    }

    [Fact]
    public void Read_SameDocumentAsJson_GivesEqualFacts()
    {
        const string json = """
            {"schemaVersion": 1, "patientId": "t-001", "ecog": 1, "fitForMajorSurgery": "yes",
             "molecular": {"ras": "mutant"},
             "liver": {"lesions": [{"id": "L1", "diameterMm": 24, "depth": "deep"}], "futureLiverRemnantPercent": 38.5}}
            """;

        var facts = FactsReader.Read(json, "p.json");

        Assert.Equal(RasStatus.Mutant, facts.Molecular.Ras);
        Assert.Equal(38.5, facts.Liver.FutureLiverRemnantPercent);
        Assert.Equal(LesionDepth.Deep, facts.Liver.Lesions[0].Depth);
    }

    [Fact]
    public void Read_AbsentFacts_AreUnknownNeverDefaults()
    {
        var facts = FactsReader.Read("schemaVersion: 1\nliver:\n  lesions:\n    - id: L1\n");

        Assert.Null(facts.Ecog);
        Assert.Equal(YesNo.Unknown, facts.FitForMajorSurgery);
        Assert.Equal(RasStatus.Unknown, facts.Molecular.Ras);
        Assert.Null(facts.Liver.FutureLiverRemnantPercent);
        Assert.Null(facts.Liver.Lesions[0].DiameterMm);
        Assert.Null(facts.Liver.Lesions[0].NearMajorVessel);
        Assert.Equal(ExtrahepaticDisease.Unknown, facts.ExtrahepaticDisease);
        Assert.Null(facts.Centre);
    }

    [Theory]
    [InlineData("ecog:", "ecog: 7", "ecog", "from 0 to 4")]
    [InlineData("ecog:", "ecog: 1.5", "ecog", "whole number")]
    [InlineData("futureLiverRemnantPercent:", "futureLiverRemnantPercent: 140", "liver.futureLiverRemnantPercent", "out of range")]
    [InlineData("futureLiverRemnantPercent:", "futureLiverRemnantPercent: .nan", "liver.futureLiverRemnantPercent", "expected a number")]
    [InlineData("futureLiverRemnantPercent:", "futureLiverRemnantPercent: .inf", "liver.futureLiverRemnantPercent", "expected a number")]
    [InlineData("futureLiverRemnantPercent:", "futureLiverRemnantPercent: \"38\"", "liver.futureLiverRemnantPercent", "quoted text")]
    [InlineData("diameterMm:", "diameterMm: -24", "liver.lesions[0].diameterMm", "out of range")]
    [InlineData("segment:", "segment: 9", "liver.lesions[0].segment", "from 1 to 8")]
    [InlineData("ras:", "ras: mutnt", "molecular.ras", "wild-type, mutant")]
    [InlineData("depth:", "depth: central", "liver.lesions[0].depth", "superficial, deep")]
    [InlineData("nearMajorVessel:", "nearMajorVessel: yes", "liver.lesions[0].nearMajorVessel", "true, false or unknown")]
    [InlineData("fitForMajorSurgery:", "fitForMajorSurgery: true", "fitForMajorSurgery", "yes, no")]
    [InlineData("msi:", "msii: mss", "molecular.msii", "unknown field")]
    [InlineData("schemaVersion:", "schemaVersion: 2", "schemaVersion", "schemaVersion 1")]
    [InlineData("available:", "available: [resection, resection]", "centre.available[1]", "twice")]
    [InlineData("available:", "available: [surgery]", "centre.available[0]", "not an option")]
    public void Read_BadValue_NamesFieldPathAndLine(string line, string replacement, string path, string allowed)
    {
        var yaml = TestFacts.Replace(line, replacement);

        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(yaml, "bad.yaml")).Errors.Single();

        Assert.Equal(path, error.Path);
        Assert.Equal(TestFacts.LineOf(yaml, replacement), error.Line);
        Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateKey_IsRefusedWithBothLines()
    {
        var yaml = TestFacts.Replace("ecog:", "ecog: 1\necog: 2");

        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(yaml, "dup.yaml")).Errors.Single();

        Assert.Contains("duplicate key 'ecog'", error.Message, StringComparison.Ordinal);
        Assert.Equal(TestFacts.LineOf(yaml, "ecog: 2"), error.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n# only a comment\n")]
    [InlineData("~")]
    public void Read_EmptyDocument_IsRefused(string text)
    {
        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(text, "empty.yaml")).Errors.Single();

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedYaml_GivesLine()
    {
        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.Read("schemaVersion: 1\nliver: [a, b\n", "m.yaml")).Errors.Single();

        Assert.StartsWith("not valid YAML or JSON", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Read_AnchorsAndAliases_AreRefused()
    {
        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.Read("schemaVersion: 1\nmolecular: &m {ras: mutant}\nx: *m\n")).Errors.Single();

        Assert.Contains("anchors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EveryProblem_IsReportedAtOnce()
    {
        var yaml = TestFacts.Replace("ecog:", "ecog: 9");
        yaml = yaml.Replace("ras: wild-type", "ras: maybe", StringComparison.Ordinal).Replace("segment: 7", "segmnt: 7", StringComparison.Ordinal);

        var errors = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(yaml)).Errors;

        Assert.Equal(["ecog", "liver.lesions[0].segmnt", "molecular.ras"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_PreTreatmentWithoutLesions_IsRefused()
    {
        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.Read("schemaVersion: 1\nliver:\n  lesions: []\n")).Errors.Single();

        Assert.Equal("liver.lesions", error.Path);
        Assert.Contains("post-hepatectomy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PostHepatectomyWithLesions_IsRefused()
    {
        var yaml = TestFacts.Replace("phase:", "phase: post-hepatectomy");

        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(yaml)).Errors.Single();

        Assert.Equal("liver.lesions", error.Path);
    }

    [Fact]
    public void ReadFile_MissingFile_IsInvalidFactsNotIOException()
    {
        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.ReadFile("/nonexistent/patient.yaml")).Errors.Single();

        Assert.Contains("cannot read the file", error.Message, StringComparison.Ordinal);
    }
}
