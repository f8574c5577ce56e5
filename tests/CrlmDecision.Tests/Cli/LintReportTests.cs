using System.Text.RegularExpressions;
using CrlmDecision.Cli;
using CrlmDecision.Cli.Authoring;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Cli;

/// <summary><c>crlm rules lint</c>: exit codes, file:line [id] lines and the content hash.</summary>
public sealed class LintReportTests
{
    [Fact]
    public void Run_BrokenRuleSet_ExitsRuleSetErrorNamingFileLineAndRule()
    {
        var output = new StringWriter();

        var code = LintReport.Run(Fixtures.Broken, strict: false, output);

        Assert.Equal(ExitCodes.RuleSetError, code);
        var expected = RuleSet.Validate(Fixtures.Broken).Errors.Single(e => e.RuleId == "BAD-003");
        Assert.Contains($"rules/bad.yaml:{expected.Line} [BAD-003]: cites 'ref99'", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("(fix: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CleanRuleSet_ExitsOkAndPrintsContentSha()
    {
        var output = new StringWriter();

        var code = LintReport.Run(Repository.RuleSet(), strict: true, output);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("contentSha256: " + RuleSet.Load(Repository.RuleSet()).Sha256, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RuleWithoutChineseText_ReportsItAsAWarning()
    {
        // A copy of the released set, unsealed (its seal would refuse the edit), with SBR-003's Chinese title removed.
        var directory = Fixtures.Copy(Repository.RuleSet());
        var manifest = Path.Combine(directory, "manifest.yaml");
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(line => !line.StartsWith("contentSha256:", StringComparison.Ordinal)));
        var file = Path.Combine(directory, "rules", "sbrt.yaml");
        var withoutChinese = new Regex(@"(id: SBR-003\n    title:)\n      en: ([^\n]+)\n      zh-CN: [^\n]+\n");
        var text = File.ReadAllText(file);
        Assert.Matches(withoutChinese, text);
        File.WriteAllText(file, withoutChinese.Replace(text, "$1 $2\n"));
        var output = new StringWriter();

        var code = LintReport.Run(directory, strict: true, output);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Matches(@"rules/sbrt\.yaml:\d+ \[SBR-003\]: warning: title not given in both languages \(en and zh-CN\)", output.ToString());
    }

    [Theory]
    [InlineData(false, ExitCodes.Ok)]
    [InlineData(true, ExitCodes.Failed)]
    public void Run_WarningsOnly_ExitDependsOnStrict(bool strict, int expected)
    {
        var directory = Fixtures.Copy(Fixtures.Version("1.0.0"));
        File.AppendAllText(Path.Combine(directory, "citations.yaml"), "  - key: ref3\n    authors: \"X\"\n    title: \"Unused\"\n    journal: \"J\"\n    year: 2020\n");

        var code = LintReport.Run(directory, strict, new StringWriter());

        Assert.Equal(expected, code);
    }
}
