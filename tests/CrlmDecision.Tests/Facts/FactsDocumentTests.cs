using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Facts;

/// <summary>
/// A facts document is read without validating its ranges and consistency, and validated once, with its
/// lines, when the engine evaluates it; <see cref="FactsReader.Read"/> still returns checked facts.
/// </summary>
public sealed class FactsDocumentTests
{
    private static readonly Lazy<RuleSet> Minimal = new(() => RuleSet.Load(Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures", "Minimal")));

    private static readonly Lazy<CrlmDecisionEngine> Engine = new(() => new CrlmDecisionEngine(Minimal.Value));

    [Fact]
    public void ReadDocument_OutOfRangeEcog_ReadsTheValueAsWritten()
    {
        var document = FactsReader.ReadDocument(TestFacts.Replace("ecog:", "ecog: 7"), "bad.yaml");

        Assert.Equal(7, document.Facts.Ecog);
        Assert.Equal("bad.yaml", document.Source);
    }

    [Fact]
    public void Recommend_DocumentWithOutOfRangeEcog_RefusedWithFieldPathAndLine()
    {
        var yaml = TestFacts.Replace("ecog:", "ecog: 7");
        var document = FactsReader.ReadDocument(yaml, "bad.yaml");

        var refused = Assert.Throws<InvalidFactsException>(() => Engine.Value.Recommend(document));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("ecog", error.Path);
        Assert.Equal(TestFacts.LineOf(yaml, "ecog: 7"), error.Line);
        Assert.Equal("7 is out of range; expected a whole number from 0 to 4, or unknown", error.Message);
        Assert.Contains($"bad.yaml:{error.Line}:{error.Column}: ecog: ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_DocumentOnTheProvider_RefusedWithLine()
    {
        var yaml = TestFacts.Replace("diameterMm:", "diameterMm: 400");
        var provider = new CrlmDecisionEngineProvider(Minimal.Value);

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => provider.Recommend(FactsReader.ReadDocument(yaml, "bad.yaml"))).Errors);

        Assert.Equal("liver.lesions[0].diameterMm", error.Path);
        Assert.Equal(TestFacts.LineOf(yaml, "diameterMm: 400"), error.Line);
    }

    [Fact]
    public void Recommend_InconsistentDocument_RefusedWithLine()
    {
        var yaml = TestFacts.Replace("phase:", "phase: post-hepatectomy");
        var document = FactsReader.ReadDocument(yaml, "post.yaml");

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => Engine.Value.Recommend(document)).Errors);

        Assert.Equal("liver.lesions", error.Path);
        Assert.Equal(TestFacts.LineOf(yaml, "- id: L1"), error.Line); // where the list starts
    }

    [Fact]
    public void Recommend_ValidDocument_SameReportAsCheckedFacts()
    {
        var fromDocument = Engine.Value.Recommend(FactsReader.ReadDocument(TestFacts.ValidYaml, "valid.yaml"));

        Assert.Equal(ReportJson.Serialize(Engine.Value.Recommend(TestFacts.Valid())), ReportJson.Serialize(fromDocument));
    }

    [Fact]
    public void ReadDocument_WrongWordAndOutOfRange_ReportsBothAtOnce()
    {
        var yaml = TestFacts.Replace("ecog:", "ecog: 9").Replace("ras: wild-type", "ras: maybe", StringComparison.Ordinal);

        var errors = Assert.Throws<InvalidFactsException>(() => FactsReader.ReadDocument(yaml, "bad.yaml")).Errors;

        Assert.Equal(["ecog", "molecular.ras"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal(TestFacts.LineOf(yaml, "ecog: 9"), errors.Single(e => e.Path == "ecog").Line);
    }

    [Theory]
    [InlineData("ecog: 7")]
    [InlineData("futureLiverRemnantPercent: 140")]
    [InlineData("segment: 9")]
    [InlineData("phase: post-hepatectomy")]
    public void Read_InvalidFacts_SameErrorsAsRecommendDocument(string replacement)
    {
        var yaml = TestFacts.Replace(replacement.Split(':')[0] + ":", replacement);

        var read = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(yaml, "bad.yaml"));
        var recommended = Assert.Throws<InvalidFactsException>(() => Engine.Value.Recommend(FactsReader.ReadDocument(yaml, "bad.yaml")));

        Assert.Equal(read.Errors, recommended.Errors);
        Assert.Equal(read.Message, recommended.Message);
    }

    [Fact]
    public void Read_TypeErrorAndRangeError_NameTheSameRange()
    {
        var quoted = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(TestFacts.Replace("ecog:", "ecog: \"3\""))).Errors.Single();
        var outOfRange = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(TestFacts.Replace("ecog:", "ecog: 5"))).Errors.Single();

        Assert.EndsWith("expected a whole number from 0 to 4, or unknown", quoted.Message, StringComparison.Ordinal);
        Assert.EndsWith("expected a whole number from 0 to 4, or unknown", outOfRange.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDocument_WholeNumberBeyondInt_RefusedAsOutOfRange()
    {
        var yaml = TestFacts.Replace("ecog:", "ecog: 1e20");

        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.ReadDocument(yaml)).Errors.Single();

        Assert.Equal("ecog", error.Path);
        Assert.Equal(TestFacts.LineOf(yaml, "ecog: 1e20"), error.Line);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_FactsBuiltInCode_RefusedWithoutLineSameMessage()
    {
        var facts = TestFacts.Valid() with { Ecog = 7 };

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => Engine.Value.Recommend(facts)).Errors);

        Assert.Equal("ecog", error.Path);
        Assert.Null(error.Line);
        Assert.Equal("7 is out of range; expected a whole number from 0 to 4, or unknown", error.Message);
    }

    [Fact]
    public void ReadDocumentFile_ValidFile_SameFactsAsReadFile()
    {
        var file = Repository.Path_("docs", "examples", "resectable-solitary.yaml");

        var document = FactsReader.ReadDocumentFile(file);

        Assert.Equal(file, document.Source);
        Assert.Equal(ReportJson.Serialize(Engine.Value.Recommend(FactsReader.ReadFile(file))), ReportJson.Serialize(Engine.Value.Recommend(document)));
    }

    [Fact]
    public void ReadDocumentFile_MissingFile_IsInvalidFactsNotIOException()
    {
        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.ReadDocumentFile("/nonexistent/patient.yaml")).Errors.Single();

        Assert.Contains("cannot read the file", error.Message, StringComparison.Ordinal);
    }
}
