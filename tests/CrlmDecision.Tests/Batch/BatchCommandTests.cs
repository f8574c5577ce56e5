using System.Text.Json;
using System.Text.Json.Nodes;
using CrlmDecision.Cli.Batch;
using CrlmDecision.Cli.Commands;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Batch;

/// <summary>`crlm batch`: input order kept under parallelism, bad lines skipped with their line number, summary and concordance.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private static readonly Lazy<CrlmDecisionEngine> Engine = new(() => new CrlmDecisionEngine(RuleSet.Load(Repository.RuleSet())));

    private readonly string _dir = Directory.CreateTempSubdirectory("crlm-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_ManyPatientsOnFourWorkers_WritesResultsInInputOrder()
    {
        var input = Write(Enumerable.Range(0, 300).Select(i => SyntheticCohort.JsonLine(i, withDecision: false)));

        var (lines, summary) = Run(input, workers: 4, window: 16);

        Assert.Equal(300, summary.Evaluated);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => "synthetic-" + i), lines.Select(l => l.RootElement.GetProperty("patientId").GetString()));
    }

    [Fact]
    public void Run_DuplicateKeyInLineWithMdtDecision_IsOneErrorLineNotAnAbortedRun()
    {
        var input = Write(["{\"schemaVersion\": 1, \"mdtDecision\": \"resection\", \"ecog\": 1, \"ecog\": 2}", SyntheticCohort.JsonLine(1, false)]);

        var (lines, summary) = Run(input, workers: 2);

        Assert.Equal(1, summary.Evaluated);
        Assert.Equal(1, summary.Errors);
        Assert.Equal(1, lines[0].RootElement.GetProperty("line").GetInt64());
        Assert.Equal("synthetic-1", lines[1].RootElement.GetProperty("patientId").GetString());
    }

    [Fact]
    public void Run_InvalidLines_SkippedAndReportedWithTheirLineNumbers()
    {
        var input = Write([SyntheticCohort.JsonLine(0, false), "{\"schemaVersion\": 2}", "", "not json {", SyntheticCohort.JsonLine(1, false)]);

        var (lines, summary) = Run(input, workers: 2);

        Assert.Equal(2, summary.Evaluated);
        Assert.Equal(2, summary.Errors);
        Assert.Equal(4, lines.Count);
        Assert.Equal(2, lines[1].RootElement.GetProperty("line").GetInt64());
        Assert.Equal("schemaVersion", lines[1].RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(4, lines[2].RootElement.GetProperty("line").GetInt64());
        Assert.Equal("synthetic-1", lines[3].RootElement.GetProperty("patientId").GetString());
    }

    [Fact]
    public void Run_Cohort_SummaryCountsMatchSingleRecommendations()
    {
        var patients = Enumerable.Range(0, 120).Select(i => SyntheticCohort.Patient(i)).ToArray();
        var input = Write(Enumerable.Range(0, 120).Select(i => SyntheticCohort.JsonLine(i, false)));
        var expectedTop = patients.Select(p => Engine.Value.Recommend(p).Options[0]).ToArray();

        var (_, summary) = Run(input, workers: 2);

        foreach (var option in Enum.GetValues<TreatmentOption>())
        {
            Assert.Equal(expectedTop.Count(o => o.Option == option), summary.TopOptions.GetValueOrDefault(option));
        }

        foreach (var strength in Enum.GetValues<Reports.Strength>())
        {
            Assert.Equal(expectedTop.Count(o => o.Strength == strength), summary.TopStrengths.GetValueOrDefault(strength));
        }
    }

    [Fact]
    public void Run_LinesWithMdtDecision_ReportsConcordanceOverallAndPerOption()
    {
        var input = Write(Enumerable.Range(0, 150).Select(i => SyntheticCohort.JsonLine(i, withDecision: true)));
        var cases = Enumerable.Range(0, 150).Select(i => SyntheticCohort.Patient(i))
            .Select((p, i) => (Decision: SyntheticCohort.MdtDecision(p, i), Top: Engine.Value.Recommend(p).Options[0].Option))
            .ToArray();

        var (_, summary) = Run(input, workers: 2);

        Assert.Equal(150, summary.WithDecision);
        Assert.Equal(cases.Count(c => c.Decision == c.Top), summary.Concordant);
        foreach (var group in cases.GroupBy(c => c.Decision))
        {
            Assert.Equal((group.LongCount(), group.LongCount(c => c.Decision == c.Top)), summary.ByDecision[group.Key]);
        }

        Assert.Equal(150, summary.SyntheticDecisions);
        Assert.Contains("concordance with the SYNTHETIC mdtDecision", summary.Write(), StringComparison.Ordinal);
        Assert.DoesNotContain("MDT chose", summary.Write(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Parallelism_SaysOneDefault()
    {
        var (code, output, _) = Cli.Crlm.Run("batch", "--help");

        var line = output.Split('\n').Single(l => l.Contains("--parallelism", StringComparison.Ordinal));
        Assert.Equal(0, code);
        Assert.Contains("processor count", line, StringComparison.Ordinal);
        Assert.DoesNotContain("[default:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RealAndGeneratedDecisions_SaysHowManyAreSynthetic()
    {
        var real = JsonNode.Parse(SyntheticCohort.JsonLine(0, withDecision: true))!.AsObject();
        real.Remove(BatchEvaluator.MdtDecisionSourceKey);
        var input = Write([real.ToJsonString(), SyntheticCohort.JsonLine(1, withDecision: true)]);

        var (_, summary) = Run(input, workers: 1);

        Assert.Equal((2, 1), (summary.WithDecision, summary.SyntheticDecisions));
        Assert.Contains("concordance with the MDT decision", summary.Write(), StringComparison.Ordinal);
        Assert.Contains("1 of these 2 decisions are SYNTHETIC", summary.Write(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownDecisionSource_IsAnInvalidLine()
    {
        var line = SyntheticCohort.JsonLine(0, withDecision: true).Replace("\"synthetic\"", "\"guessed\"", StringComparison.Ordinal);

        var (lines, summary) = Run(Write([line]), workers: 1);

        Assert.Equal(1, summary.Errors);
        Assert.Contains(BatchEvaluator.MdtDecisionSourceKey, lines[0].RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OutOfRangeFact_IsAnErrorNamingTheFieldForThatLineOnly()
    {
        var patient = JsonNode.Parse(SyntheticCohort.JsonLine(0, withDecision: false))!.AsObject();
        patient["ecog"] = 9;
        var input = Write([patient.ToJsonString(), SyntheticCohort.JsonLine(1, withDecision: false)]);

        var (lines, summary) = Run(input, workers: 1);

        Assert.Equal(1, summary.Evaluated);
        Assert.Equal(1, summary.Errors);
        var error = lines[0].RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("ecog", error.GetProperty("path").GetString());
        Assert.StartsWith("9 is out of range", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownMdtDecisionWord_IsAnErrorForThatLineOnly()
    {
        var line = SyntheticCohort.JsonLine(3, withDecision: false)[..^1] + ",\"mdtDecision\":\"chemotherapy\"}";
        var input = Write([line, SyntheticCohort.JsonLine(4, withDecision: true)]);

        var (lines, summary) = Run(input, workers: 1);

        Assert.Equal(1, summary.Errors);
        Assert.Equal("mdtDecision", lines[0].RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(1, summary.WithDecision);
    }

    [Fact]
    public void Run_DirectoryOfFiles_EvaluatesEachFileInNameOrder()
    {
        var cohort = Directory.CreateDirectory(Path.Combine(_dir, "cohort")).FullName;
        File.Copy(Repository.Path_("docs", "examples", "resectable-solitary.yaml"), Path.Combine(cohort, "b.yaml"));
        File.WriteAllText(Path.Combine(cohort, "a.json"), SyntheticCohort.JsonLine(9, withDecision: false));

        var (lines, summary) = Run(cohort, workers: 2);

        Assert.Equal(2, summary.Evaluated);
        Assert.Equal("synthetic-9", lines[0].RootElement.GetProperty("patientId").GetString());
        Assert.Equal("demo-resectable-solitary", lines[1].RootElement.GetProperty("patientId").GetString());
    }

    private string Write(IEnumerable<string> lines)
    {
        var path = Path.Combine(_dir, "input.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static (List<JsonDocument> Lines, BatchSummary Summary) Run(string input, int workers, int window = 1024)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var summary = BatchCommand.Run(Engine.Value, input, output, workers, null, window);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToList();
        return (lines, summary);
    }
}
