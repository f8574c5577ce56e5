using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// A manifest may pin the SHA-256 of the rule set's content; a rule set changed after it was sealed
/// (tampering, or a half-finished edit) refuses to load instead of being used silently.
/// </summary>
public sealed class ContentPinTests
{
    [Fact]
    public void Load_PinMatchesContent_Loads()
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);
        var sha = RuleSet.Load(copy.Directory).Sha256;
        File.AppendAllText(copy.PathOf("manifest.yaml"), $"\ncontentSha256: {sha}\n");

        var loaded = RuleSet.Load(copy.Directory);

        Assert.Equal(sha, loaded.Sha256);
    }

    [Fact]
    public void Load_RuleChangedAfterPinning_RefusedNamingTheManifest()
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);
        var sha = RuleSet.Load(copy.Directory).Sha256;
        File.AppendAllText(copy.PathOf("manifest.yaml"), $"\ncontentSha256: {sha}\n");
        var ruleFile = Directory.GetFiles(copy.PathOf("rules"), "*.yaml").Order(StringComparer.Ordinal).First();
        // One changed threshold is enough: the content no longer matches what was reviewed and sealed.
        File.WriteAllText(ruleFile, File.ReadAllText(ruleFile) + "\n# edited after sealing\n");

        var refused = Assert.Throws<RuleSetException>(() => RuleSet.Load(copy.Directory));

        Assert.Contains(refused.Errors, e => e.File == "manifest.yaml" && e.Message.Contains(sha, StringComparison.Ordinal) && !e.IsWarning);
    }

    [Fact]
    public void Load_TamperedPinFixture_Refused()
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);
        File.AppendAllText(copy.PathOf("manifest.yaml"), "\n" + File.ReadAllText(SharedEngine.Fixtures("RuleSets", "wrong-pin.yaml")));

        var refused = Assert.Throws<RuleSetException>(() => RuleSet.Load(copy.Directory));

        Assert.Contains(refused.Errors, e => e.File == "manifest.yaml" && e.Message.Contains("pins " + new string('0', 64), StringComparison.Ordinal) && !e.IsWarning);
    }
}
