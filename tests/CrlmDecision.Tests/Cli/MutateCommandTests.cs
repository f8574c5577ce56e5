using CrlmDecision.Cli;
using CrlmDecision.Cli.Commands;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Cli;

/// <summary><c>crlm rules mutate</c> on the Minimal fixture, which has no scenarios: every edit survives.</summary>
public sealed class MutateCommandTests
{
    [Fact]
    public void RunMutation_BelowMin_ExitsOneAndPrintsSurvivorsAndScores()
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");
        var output = new StringWriter();

        var code = RulesCommand.RunMutation(copy.Directory, [], 95, output);

        var text = output.ToString();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("no scenario pins RES-002's threshold 3 on ecog: `p.Ecog >= 3` -> `p.Ecog >= 4` changes no answer; a patient with ecog 3 would show it", text, StringComparison.Ordinal);
        Assert.Matches(@"overall\s+0 of 10\s+0\.0%", text);
        Assert.Contains("FAILED: 0.0% of wrong edits caught, below --min 95", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RunMutation_NoMin_ExitsZero()
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");

        Assert.Equal(ExitCodes.Ok, RulesCommand.RunMutation(copy.Directory, ["RES-001"], null, new StringWriter()));
    }
}
