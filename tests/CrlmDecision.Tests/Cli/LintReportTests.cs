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

        var code = LintReport.Run(Fixtures.Version("1.0.0"), strict: true, output);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("contentSha256: " + RuleSet.Load(Fixtures.Version("1.0.0")).Sha256, output.ToString(), StringComparison.Ordinal);
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
