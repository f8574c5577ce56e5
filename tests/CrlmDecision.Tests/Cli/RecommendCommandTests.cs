using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrlmDecision.Cli.Output;
using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Cli;

/// <summary>`crlm recommend` as a user runs it: output, formats and exit codes.</summary>
public sealed class RecommendCommandTests
{
    [Fact]
    public void Recommend_Example_PrintsRankedTableAndExitsZero()
    {
        var (code, output, error) = Crlm.Run("recommend", Repository.Path_("docs", "examples", "resectable-solitary.yaml"));

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"(?m)^\s*1\s+Resection\s+recommended\s", output);
    }

    [Fact]
    public void Recommend_Table_SummaryFirstThenTheRanking()
    {
        var file = Repository.Path_("docs", "examples", "resectable-solitary.yaml");
        var report = CrlmDecisionEngine.CreateDefault().Recommend(FactsReader.ReadFile(file));

        var (code, output, _) = Crlm.Run("recommend", file);

        Assert.Equal(0, code);
        var summary = output.IndexOf(report.Summary, StringComparison.Ordinal);
        Assert.InRange(summary, 0, output.IndexOf("Ranked", StringComparison.Ordinal) is var ranking and > 0 ? ranking : int.MaxValue);
        Assert.True(summary < Regex.Match(output, @"(?m)^\s*1\s+Resection").Index, "the summary comes before the ranking table");
    }

    [Fact]
    public void Recommend_TableInChinese_NamesStrengthsAndRuleTextsInChinese()
    {
        var file = Repository.Path_("docs", "examples", "resectable-solitary.yaml");
        var report = CrlmDecisionEngine.CreateDefault().Recommend(FactsReader.ReadFile(file));

        var (code, output, _) = Crlm.Run("recommend", file, "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^\s*1\s+肝切除\s+推荐\s", output);
        Assert.Contains(report.SummaryZhCn, output, StringComparison.Ordinal);
        var reason = report.Options[0].Reasons[0].TextZhCn!;
        Assert.Contains(reason[..12], output, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_TableAtNarrowWidth_NoLineLongerThanTheWidth()
    {
        var report = CrlmDecisionEngine.CreateDefault().Recommend(FactsReader.ReadFile(Repository.Path_("docs", "examples", "unresectable-after-first-line-failure.yaml")));

        foreach (var (language, width) in new[] { (ReportLanguage.English, 60), (ReportLanguage.Chinese, 80) })
        {
            var text = ReportTable.Write(report, language, width);

            // Wide (CJK) characters take two columns.
            Assert.All(text.Split('\n'), line => Assert.True(Columns(line) <= width, $"{Columns(line)} columns: {line}"));
        }
    }

    private static int Columns(string line) => line.Sum(c => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6')) ? 2 : 1);

    [Fact]
    public void Recommend_JsonInChinese_KeepsContractWordsAndAddsLocalTexts()
    {
        var file = Repository.Path_("docs", "examples", "resectable-solitary.yaml");

        var english = JsonNode.Parse(Crlm.Run("recommend", file, "--format", "json").Output)!.AsObject();
        var chinese = JsonNode.Parse(Crlm.Run("recommend", file, "--format", "json", "--lang", "zh-CN").Output)!.AsObject();

        Assert.Equal("zh-CN", chinese["lang"]!.GetValue<string>());
        Assert.Equal(english["summary"]!.GetValue<string>(), chinese["summary"]!.GetValue<string>());
        Assert.StartsWith("推荐肝切除", chinese["localSummary"]!.GetValue<string>(), StringComparison.Ordinal);
        var option = chinese["options"]![0]!;
        Assert.Equal("resection", option["option"]!.GetValue<string>());
        Assert.Equal("recommended", option["strength"]!.GetValue<string>());
        Assert.Equal("肝切除", option["localName"]!.GetValue<string>());
        Assert.NotEqual(option["reasons"]![0]!["text"]!.GetValue<string>(), option["reasons"]![0]!["localText"]!.GetValue<string>());

        // Without the localised fields, the Chinese JSON is the contract's JSON.
        foreach (var key in new[] { "lang", "localSummary", "localDisclaimer" })
        {
            chinese.Remove(key);
        }

        foreach (var node in chinese["options"]!.AsArray().Select(o => o!.AsObject()))
        {
            node.Remove("localTitle");
            node.Remove("localName");
            foreach (var statement in node["reasons"]!.AsArray().Concat(node["cautions"]!.AsArray()))
            {
                statement!.AsObject().Remove("localText");
            }
        }

        foreach (var statement in chinese["notes"]!.AsArray())
        {
            statement!.AsObject().Remove("localText");
        }

        Assert.True(JsonNode.DeepEquals(english, chinese), "the Chinese JSON changes a contract field");
    }

    [Fact]
    public void Recommend_Json_IsIdenticalAcrossRuns()
    {
        var file = Repository.Path_("docs", "examples", "resectable-solitary.yaml");

        var first = Crlm.Run("recommend", file, "--format", "json");
        var second = Crlm.Run("recommend", file, "--format", "json");

        Assert.Equal(0, first.Code);
        Assert.StartsWith("{", first.Output, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData("ecog: 7", "ecog")]
    [InlineData("ras: mutnt", "molecular.ras")]
    [InlineData("schemaVersion: 2", "schemaVersion")]
    [InlineData("diameterMm: .nan", "liver.lesions[0].diameterMm")]
    public void Recommend_InvalidFacts_ExitsTwoNamingFieldAndLineWithoutStackTrace(string replacement, string path)
    {
        var file = Path.Combine(Path.GetTempPath(), $"crlm-bad-{Path.GetRandomFileName()}.yaml");
        File.WriteAllText(file, TestFacts.Replace(replacement.Split(':')[0] + ":", replacement));
        try
        {
            var (code, output, error) = Crlm.Run("recommend", file);

            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains($"{file}:", error, StringComparison.Ordinal);
            Assert.Contains($": {path}: ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Recommend_Dash_ReadsFactsFromStandardInput()
    {
        var facts = File.ReadAllText(Repository.Path_("docs", "examples", "resectable-solitary.yaml"));

        var (code, output, error) = Crlm.RunWithInput(facts, "recommend", "-");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"(?m)^\s*1\s+Resection\s+recommended\s", output);
    }

    [Fact]
    public void Recommend_DashWithInvalidFacts_ExitsTwoNamingStandardInput()
    {
        var (code, _, error) = Crlm.RunWithInput("schemaVersion: 1\necog: 7\n", "recommend", "-");

        Assert.Equal(2, code);
        Assert.Contains("<stdin>", error, StringComparison.Ordinal);
        Assert.Contains("ecog", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_MissingFile_ExitsOneNotTwo()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"crlm-missing-{Path.GetRandomFileName()}.yaml");

        var (code, output, error) = Crlm.Run("recommend", missing);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_UnreadableFile_ExitsOneNotTwo()
    {
        // A folder cannot be read as a file, whoever runs the tests (a chmod 000 file is readable by root).
        var (code, output, error) = Crlm.Run("recommend", Repository.Path_("docs", "examples"));

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("crlm: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_BrokenRuleSet_ExitsThree()
    {
        var (code, _, error) = Crlm.Run("recommend", Repository.Path_("docs", "examples", "resectable-solitary.yaml"), "--rules", "/nonexistent/rules");

        Assert.Equal(3, code);
        Assert.Contains("directory not found", error, StringComparison.Ordinal);
    }
}

/// <summary>Runs the built crlm.dll (copied beside the tests) as a separate process.</summary>
internal static class Crlm
{
    public static (int Code, string Output, string Error) Run(params string[] args) => Start(Repository.Root, null, args);

    /// <summary>Runs crlm with <paramref name="workingDirectory"/> as its current folder.</summary>
    public static (int Code, string Output, string Error) RunIn(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);

    /// <summary>Runs crlm with <paramref name="input"/> on its standard input (none when null).</summary>
    public static (int Code, string Output, string Error) RunWithInput(string? input, params string[] args) => Start(Repository.Root, input, args);

    private static (int Code, string Output, string Error) Start(string workingDirectory, string? input, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crlm.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
