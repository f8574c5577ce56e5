using System.Text.Json;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// Hazards H3 (unit confusion) and H5 (malformed patient): what cannot be true is refused naming the field, its line
/// and what to write; what is possible but implausible is a warning at the top of the report (factWarnings).
/// </summary>
public sealed class ImplausibleFactsTests
{
    private static readonly CrlmDecisionEngine Engine = SharedEngine.Current;

    [Theory]
    [InlineData("refractory:", "refractory: true", "systemicTherapy.refractory", "or refractory: false")]
    [InlineData("response:", "response: responding", "systemicTherapy.response", "write response: naive")]
    [InlineData("linesReceived:", "linesReceived: 2", "systemicTherapy.response", "or linesReceived: 0")]
    [InlineData("futureLiverRemnantPercent:", "futureLiverRemnantPercent: 0.55", "liver.futureLiverRemnantPercent", "write 55 for 55%, not 0.55")]
    [InlineData("futureLiverRemnantPercent:", "futureLiverRemnantPercent: 1", "liver.futureLiverRemnantPercent", "write 55 for 55%, not 0.55")]
    public void Read_ImpossibleCombination_RefusedWithFieldLineAndWhatToWrite(string line, string replacement, string path, string fix)
    {
        var yaml = TestFacts.Replace(line, replacement);

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => Engine.Recommend(FactsReader.ReadDocument(yaml, "f.yaml"))).Errors);

        Assert.Equal(path, error.Path);
        Assert.Equal(TestFacts.LineOf(yaml, path.Split('.')[^1] + ":"), error.Line);
        Assert.Contains(fix, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, TherapyResponse.Naive, false, true)]
    [InlineData(0, TherapyResponse.Unknown, null, true)]
    [InlineData(null, TherapyResponse.Responding, true, true)] // lines unknown: nothing to contradict
    [InlineData(2, TherapyResponse.Progressing, true, true)]
    [InlineData(0, TherapyResponse.Intolerant, false, false)]
    [InlineData(0, TherapyResponse.Unknown, true, false)]
    [InlineData(1, TherapyResponse.Naive, false, false)]
    public void Validate_LinesResponseRefractory_OnlyImpossibleCombinationsRefused(int? lines, TherapyResponse response, bool? refractory, bool valid)
    {
        var facts = TestFacts.Valid() with { SystemicTherapy = new SystemicTherapyFacts { LinesReceived = lines, Response = response, Refractory = refractory } };

        Assert.Equal(valid, FactsValidator.Validate(facts).Count == 0);
    }

    [Fact]
    public void Read_DuplicateLesionIds_RefusedNamingBothIndexes()
    {
        var yaml = TestFacts.ValidYaml.Replace("    - id: L1\n", "    - id: L1\n      diameterMm: 30\n    - id: L1\n", StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => FactsReader.Read(yaml, "f.yaml")).Errors);

        Assert.Equal("liver.lesions[1].id", error.Path);
        Assert.Equal(yaml.Split('\n').Select((l, i) => (l, i)).Where(x => x.l.Contains("id: L1", StringComparison.Ordinal)).ElementAt(1).i + 1, error.Line);
        Assert.Contains("liver.lesions[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0] and [1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LesionsWithoutIds_NotDuplicates()
    {
        var lesion = TestFacts.Valid().Liver.Lesions[0] with { Id = null };
        var facts = TestFacts.Valid() with { Liver = TestFacts.Valid().Liver with { Lesions = [lesion, lesion] } };

        Assert.Empty(FactsValidator.Validate(facts));
    }

    [Fact]
    public void Recommend_WholeDiameterUnderTenMillimetres_WarnedWithLineAndReportStillProduced()
    {
        var yaml = TestFacts.Replace("diameterMm:", "diameterMm: 3");

        var report = Engine.Recommend(FactsReader.ReadDocument(yaml, "f.yaml"));

        var warning = Assert.Single(report.FactWarnings);
        Assert.Equal("liver.lesions[0].diameterMm", warning.Path);
        Assert.Equal(TestFacts.LineOf(yaml, "diameterMm:"), warning.Line);
        Assert.Equal("3 mm is implausibly small for a characterised metastasis: if 3 cm was meant, write 30", warning.Message);
        Assert.Equal(6, report.Options.Count);
    }

    [Fact]
    public void Recommend_FactsBuiltInCode_WarningsWithoutLines()
    {
        var facts = TestFacts.Valid() with { Liver = TestFacts.Valid().Liver with { FutureLiverRemnantPercent = 8 } };

        var warning = Assert.Single(Engine.Recommend(facts).FactWarnings);

        Assert.Equal("liver.futureLiverRemnantPercent", warning.Path);
        Assert.Null(warning.Line);
        Assert.Contains("8% is implausibly small", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 60)]
    [InlineData(24, 10)]
    public void Recommend_PlausibleFacts_NoWarnings(double diameter, double remnant)
    {
        var facts = TestFacts.Valid() with
        {
            Liver = TestFacts.Valid().Liver with { FutureLiverRemnantPercent = remnant, Lesions = [TestFacts.Valid().Liver.Lesions[0] with { DiameterMm = diameter }] },
        };

        Assert.Empty(Engine.Recommend(facts).FactWarnings);
    }

    [Fact]
    public void Recommend_CentimetreLikeDiameters_StillRefusedNotWarned()
    {
        var facts = TestFacts.Valid() with { Liver = TestFacts.Valid().Liver with { Lesions = [TestFacts.Valid().Liver.Lesions[0] with { DiameterMm = 2.4 }] } };

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => Engine.Recommend(facts)).Errors);

        Assert.Contains("looks like centimetres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_FactWarnings_AlwaysPresentRightAfterPatientId()
    {
        var plain = JsonDocument.Parse(ReportJson.Serialize(Engine.Recommend(TestFacts.Valid())));
        var warned = JsonDocument.Parse(ReportJson.Serialize(Engine.Recommend(FactsReader.ReadDocument(TestFacts.Replace("diameterMm:", "diameterMm: 3"), "f.yaml"))));
        var inCode = JsonDocument.Parse(ReportJson.Serialize(Engine.Recommend(TestFacts.Valid() with { Liver = TestFacts.Valid().Liver with { FutureLiverRemnantPercent = 8 } })));

        var names = plain.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names.IndexOf("patientId") + 1, names.IndexOf("factWarnings"));
        Assert.Equal(0, plain.RootElement.GetProperty("factWarnings").GetArrayLength());
        var warning = warned.RootElement.GetProperty("factWarnings")[0];
        Assert.Equal(["path", "line", "message"], warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["path", "message"], inCode.RootElement.GetProperty("factWarnings")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Markdown_Warnings_ShownNearTheTopUnderCheckTheseFacts()
    {
        var report = Engine.Recommend(FactsReader.ReadDocument(TestFacts.Replace("diameterMm:", "diameterMm: 3"), "f.yaml"));

        var markdown = ReportMarkdown.Write(report);

        var check = markdown.IndexOf("## Check these facts", StringComparison.Ordinal);
        Assert.InRange(check, 0, markdown.IndexOf("| Rank |", StringComparison.Ordinal));
        Assert.Contains("- `liver.lesions[0].diameterMm` (line ", markdown, StringComparison.Ordinal);
        Assert.Contains("write 30", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Check these facts", ReportMarkdown.Write(Engine.Recommend(TestFacts.Valid())), StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Warnings_ShownAboveTheRankingTable()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crlm-warn-{Path.GetRandomFileName()}.yaml");
        File.WriteAllText(file, TestFacts.Replace("diameterMm:", "diameterMm: 3"));
        try
        {
            var (code, output, _) = CliRunner.Run("recommend", file);

            Assert.Equal(0, code);
            var check = output.IndexOf("Check these facts", StringComparison.Ordinal);
            Assert.InRange(check, 0, output.IndexOf("strength", StringComparison.Ordinal));
            Assert.Contains("liver.lesions[0].diameterMm (line ", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
