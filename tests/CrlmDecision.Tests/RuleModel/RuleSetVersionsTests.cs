using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.RuleModel;

/// <summary>Several versions side by side: the default is the newest released one, a draft only when pinned.</summary>
public sealed class RuleSetVersionsTests
{
    [Fact]
    public void List_FixtureVersions_NewestFirst()
    {
        Assert.Equal(["1.1.0-draft", "1.0.0", "0.9.0"], RuleSetVersions.List(Fixtures.Versions));
    }

    [Fact]
    public void Resolve_NoVersion_NewestReleasedSkippingTheDraft()
    {
        var directory = RuleSetVersions.Resolve(Fixtures.Versions, null);

        Assert.Equal("1.0.0", Path.GetFileName(directory));
        Assert.False(RuleSet.Load(directory).IsDraft);
    }

    [Fact]
    public void Resolve_DraftPinned_ReturnsTheDraft()
    {
        var directory = RuleSetVersions.Resolve(Fixtures.Versions, "1.1.0-draft");

        Assert.True(RuleSet.Load(directory).IsDraft);
    }

    [Fact]
    public void Resolve_UnknownVersion_ThrowsListingAvailable()
    {
        var e = Assert.Throws<RuleSetException>(() => RuleSetVersions.Resolve(Fixtures.Versions, "2.0.0"));

        Assert.Contains("available: 1.1.0-draft, 1.0.0, 0.9.0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OnlyDrafts_ThrowsNoReleasedVersion()
    {
        var root = Path.Combine(Fixtures.Copy(Fixtures.Versions));
        Directory.Delete(Path.Combine(root, "1.0.0"), true);
        Directory.Delete(Path.Combine(root, "0.9.0"), true);

        var e = Assert.Throws<RuleSetException>(() => RuleSetVersions.Resolve(root, null));

        Assert.Contains("no released version", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindRoot_FromInsideTheRepository_FindsTheShippedRuleSets()
    {
        var root = RuleSetVersions.FindRoot(Repository.Path_("tests", "CrlmDecision.Tests"));

        Assert.Equal(Repository.Path_("rules", RuleSet.DefaultId), root);
    }
}
