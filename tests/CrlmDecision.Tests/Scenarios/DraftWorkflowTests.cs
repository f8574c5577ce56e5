using CrlmDecision.Cli;
using CrlmDecision.Cli.Commands;
using CrlmDecision.Tests.Cli;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Scenarios;

/// <summary>
/// Starting a new version as docs/rule-authoring.md §9 says (a draft copy of the released set) keeps the
/// scenarios green: a snapshot's rule-set version and hash are shown, not compared. Every copy lives in a
/// temporary folder, never under the repository's rules/.
/// </summary>
public sealed class DraftWorkflowTests
{
    [Fact]
    public void Verify_DraftCopyOfReleasedSet_PassesAndSaysOnlyTheIdentityDiffers()
    {
        using var temp = new TempDirectory("crlm-draft");
        var draft = DraftRuleSet.CopyTo(temp.Path);
        var output = new StringWriter();

        var code = ScenariosCommand.Execute(ScenariosCommand.Verify, draft, [], output);

        var text = output.ToString();
        Assert.True(code == ExitCodes.Ok, text);
        Assert.Contains("differ only in the rule set's identity", text, StringComparison.Ordinal);
        Assert.Contains($"now {DraftRuleSet.NextDraftVersion} sha256", text, StringComparison.Ordinal);
        Assert.Contains("not a clinical change", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(draft, "scenarios"), "*.received.json"));
    }

    [Fact]
    public void Approve_DraftCopyOfReleasedSet_RewritesNoSnapshot()
    {
        using var temp = new TempDirectory("crlm-draft");
        var draft = DraftRuleSet.CopyTo(temp.Path);
        var snapshots = Directory.GetFiles(Path.Combine(draft, "scenarios"), "*.approved.json").Order(StringComparer.Ordinal).ToArray();
        var before = snapshots.Select(File.ReadAllText).ToArray();
        var output = new StringWriter();

        var code = ScenariosCommand.Execute(ScenariosCommand.Approve, draft, [], output);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("nothing to approve", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, snapshots.Select(File.ReadAllText).ToArray());
    }

    [Fact]
    public void Verify_ByRulesVersion_PrintsApproveHintThatWorksWhenPasted()
    {
        using var temp = new TempDirectory("crlm-hint");
        var versions = Path.Combine(temp.Path, "rules", "crlm-local-therapy");
        temp.CopyIn(Fixtures.Versions, Path.Combine("rules", "crlm-local-therapy"));
        // The draft's snapshots are the 1.0.0 ones: its changed rule changes solitary-fit clinically.
        foreach (var snapshot in Directory.GetFiles(Path.Combine(versions, "1.0.0", "scenarios"), "*.approved.json"))
        {
            File.Copy(snapshot, Path.Combine(versions, "1.1.0-draft", "scenarios", Path.GetFileName(snapshot)), overwrite: true);
        }

        var verify = Crlm.RunIn(temp.Path, "scenarios", "verify", "--rules-version", "1.1.0-draft");
        var hint = verify.Output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("accept with: ", StringComparison.Ordinal))["accept with: crlm ".Length..];
        var approve = Crlm.RunIn(temp.Path, hint.Split(' '));
        var again = Crlm.RunIn(temp.Path, "scenarios", "verify", "--rules-version", "1.1.0-draft", "--only", hint.Split(' ')[^1]);

        Assert.Equal(ExitCodes.Failed, verify.Code);
        Assert.StartsWith("scenarios approve --rules-version 1.1.0-draft --only ", hint, StringComparison.Ordinal);
        Assert.True(approve.Code == ExitCodes.Ok, approve.Output + approve.Error);
        Assert.Contains("approved " + hint.Split(' ')[^1], approve.Output, StringComparison.Ordinal);
        Assert.True(again.Code == ExitCodes.Ok, again.Output);
    }

    [Fact]
    public void Verify_ByFolder_HintNamesTheFolder()
    {
        using var temp = new TempDirectory("crlm hint folder");
        var directory = temp.CopyIn(Fixtures.Version("1.0.0"), "set");
        File.Copy(Path.Combine(Fixtures.Version("1.1.0-draft"), "rules", "local.yaml"), Path.Combine(directory, "rules", "local.yaml"), overwrite: true);
        var output = new StringWriter();

        ScenariosCommand.Execute(ScenariosCommand.Verify, directory, [], output);

        Assert.Contains($"accept with: crlm scenarios approve '{directory}' --only solitary-fit", output.ToString(), StringComparison.Ordinal);
    }
}
