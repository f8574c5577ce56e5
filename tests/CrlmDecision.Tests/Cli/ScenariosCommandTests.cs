using CrlmDecision.Cli;
using CrlmDecision.Cli.Commands;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Cli;

/// <summary>
/// The scenario workflow on a scratch copy of a fixture: change a rule, verify, read the change, approve.
/// Every snapshot lists the rule trace (the rule set's identity is shown but not compared), so an added
/// rule changes every snapshot; only solitary-fit and unresectable-fit change clinically (see RuleSetComparisonTests).
/// </summary>
public sealed class ScenariosCommandTests
{
    private static string ChangedCopy()
    {
        var directory = Fixtures.Copy(Fixtures.Version("1.0.0"));
        File.Copy(Path.Combine(Fixtures.Version("1.1.0-draft"), "rules", "local.yaml"), Path.Combine(directory, "rules", "local.yaml"), overwrite: true);
        return directory;
    }

    [Fact]
    public void Verify_UnchangedRules_Passes()
    {
        var output = new StringWriter();

        var code = ScenariosCommand.Execute(ScenariosCommand.Verify, Fixtures.Copy(Fixtures.Version("1.0.0")), [], output);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("3 of 3 scenarios pass", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ChangedRule_FailsWritesReceivedAndSaysWhatChanged()
    {
        var directory = ChangedCopy();
        var output = new StringWriter();

        var code = ScenariosCommand.Execute(ScenariosCommand.Verify, directory, [], output);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.True(File.Exists(Path.Combine(directory, "scenarios", "solitary-fit.received.json")));
        var text = output.ToString();
        Assert.Contains("solitary-fit: report changed", text, StringComparison.Ordinal);
        Assert.Contains("no change in the options, notes, trials or missing facts", text, StringComparison.Ordinal);
        Assert.Contains("strength: consider -> not-advised", text, StringComparison.Ordinal);
        Assert.Contains("+ reason FIX-004", text, StringComparison.Ordinal);
        Assert.Contains("0 of 3 scenarios pass", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_Only_ApprovesThatScenarioAlone()
    {
        var directory = ChangedCopy();
        var unchanged = File.ReadAllText(Path.Combine(directory, "scenarios", "unresectable-fit.approved.json"));

        var code = ScenariosCommand.Execute(ScenariosCommand.Approve, directory, ["solitary-fit"], new StringWriter());
        var verify = new StringWriter();
        var after = ScenariosCommand.Execute(ScenariosCommand.Verify, directory, [], verify);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(unchanged, File.ReadAllText(Path.Combine(directory, "scenarios", "unresectable-fit.approved.json")));
        Assert.Equal(ExitCodes.Failed, after);
        Assert.Contains("1 of 3 scenarios pass", verify.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_All_ThenVerifyPassesAndNothingLeftToApprove()
    {
        var directory = ChangedCopy();

        ScenariosCommand.Execute(ScenariosCommand.Approve, directory, [], new StringWriter());
        var again = new StringWriter();
        ScenariosCommand.Execute(ScenariosCommand.Approve, directory, [], again);

        Assert.Equal(ExitCodes.Ok, ScenariosCommand.Execute(ScenariosCommand.Verify, directory, [], new StringWriter()));
        Assert.Contains("nothing to approve", again.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(directory, "scenarios"), "*.received.json"));
    }

    [Fact]
    public void Run_ChangedRule_SummaryTableAndNonZeroExit()
    {
        var output = new StringWriter();

        var code = ScenariosCommand.Execute(ScenariosCommand.Run, ChangedCopy(), [], output);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("3 scenarios: 0 same, 3 changed, 0 new", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NameLongerThanForty_KeepsColumnsAligned()
    {
        var directory = Fixtures.Copy(Fixtures.Version("1.0.0"));
        var scenarios = Path.Combine(directory, "scenarios");
        var name = "solitary-fit-with-a-name-much-longer-than-forty-characters";
        File.Move(Path.Combine(scenarios, "solitary-fit.yaml"), Path.Combine(scenarios, name + ".yaml"));
        File.Move(Path.Combine(scenarios, "solitary-fit.approved.json"), Path.Combine(scenarios, name + ".approved.json"));
        var output = new StringWriter();

        ScenariosCommand.Execute(ScenariosCommand.Run, directory, [], output);

        var rows = output.ToString().Split('\n').Take(4).ToArray();
        Assert.All(rows, r => Assert.Equal(rows[0].IndexOf(" top", StringComparison.Ordinal), r.IndexOf(' ', name.Length)));
        Assert.Contains(rows, r => r.StartsWith(name + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_UnknownOnlyName_Fails()
    {
        var output = new StringWriter();

        var code = ScenariosCommand.Execute(ScenariosCommand.Approve, Fixtures.Copy(Fixtures.Version("1.0.0")), ["no-such"], output);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("no scenario named no-such", output.ToString(), StringComparison.Ordinal);
    }
}
