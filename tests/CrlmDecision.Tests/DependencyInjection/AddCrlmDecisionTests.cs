using CrlmDecision.DependencyInjection;
using CrlmDecision.Evaluation;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrlmDecision.Tests.DependencyInjection;

public sealed class AddCrlmDecisionTests
{
    [Fact]
    public void AddCrlmDecision_NoOptions_ResolvesSingletonOverNewestReleasedEmbeddedRuleSet()
    {
        using var provider = new ServiceCollection().AddCrlmDecision().BuildServiceProvider();

        var first = provider.GetRequiredService<ICrlmDecisionEngine>();
        var second = provider.GetRequiredService<ICrlmDecisionEngine>();

        Assert.Same(first, second);
        Assert.Equal(DraftRuleSet.NewestReleased, first.RuleSet.Version);
        Assert.StartsWith("embedded:", first.RuleSet.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedVersions_OfThisBuild_AreTheReleasedVersionsOnly()
    {
        var released = RuleSetVersions.List(DraftRuleSet.VersionsRoot).Where(v => !RuleSetVersions.IsDraft(Path.Combine(DraftRuleSet.VersionsRoot, v)));

        Assert.Equal(released, RuleSet.EmbeddedVersions());
    }

    [Fact]
    public void AddCrlmDecision_PinnedVersion_LoadsThatEmbeddedVersion()
    {
        var version = RuleSet.EmbeddedVersions()[^1];

        using var provider = new ServiceCollection().AddCrlmDecision(o => o.RuleSetVersion = version).BuildServiceProvider();

        Assert.Equal(version, provider.GetRequiredService<ICrlmDecisionEngine>().RuleSet.Version);
    }

    [Fact]
    public void AddCrlmDecision_SeveralInvalidOptions_ThrowsOnceListingEveryProblem()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentException>(() => services.AddCrlmDecision(o =>
        {
            o.RuleSetDirectory = Path.Combine(Path.GetTempPath(), "no-such-rule-set-" + Environment.ProcessId);
            o.RuleSetVersion = "one";
            o.RuleSetSha256 = "ABC";
        }));

        Assert.Contains("not both", ex.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'one' is not a semantic version", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'ABC' is not 64 lower-case hex digits", ex.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void AddCrlmDecision_SameKeyTwice_Throws()
    {
        var services = new ServiceCollection().AddCrlmDecision("shadow");

        var ex = Assert.Throws<ArgumentException>(() => services.AddCrlmDecision("shadow"));

        Assert.Contains("'shadow' is already registered", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCrlmDecision_KeyedShadowFromDirectory_RunsBesideDefault()
    {
        var services = new ServiceCollection()
            .AddCrlmDecision()
            .AddCrlmDecision("shadow", o => o.RuleSetDirectory = Repository.RuleSet());
        services.AddSingleton<ShadowConsumer>();
        using var provider = services.BuildServiceProvider();

        var main = provider.GetRequiredService<ICrlmDecisionEngine>();
        var shadow = provider.GetRequiredService<ShadowConsumer>().Engine;

        Assert.NotSame(main, shadow);
        Assert.Equal(Repository.RuleSet(), shadow.RuleSet.Location);
        Assert.StartsWith("embedded:", main.RuleSet.Location, StringComparison.Ordinal);
        Assert.Same(shadow, provider.GetRequiredKeyedService<ICrlmDecisionEngine>("shadow"));
    }

    [Fact]
    public void AddCrlmDecision_MatchingPinnedSha256_Loads()
    {
        var sha = RuleSet.LoadEmbedded().Sha256;

        using var provider = new ServiceCollection().AddCrlmDecision(o => o.RuleSetSha256 = sha).BuildServiceProvider();

        Assert.Equal(sha, provider.GetRequiredService<ICrlmDecisionEngine>().RuleSet.Sha256);
    }

    private sealed class ShadowConsumer([FromKeyedServices("shadow")] ICrlmDecisionEngine engine)
    {
        public ICrlmDecisionEngine Engine { get; } = engine;
    }
}
