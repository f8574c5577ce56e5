using CrlmDecision.DependencyInjection;
using CrlmDecision.Evaluation;
using CrlmDecision.RuleSets;
using CrlmDecision.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrlmDecision.Tests.DependencyInjection;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddCrlmDecision_Default_ResolvesOneSharedEngineOnTheEmbeddedRuleSet()
    {
        using var provider = new ServiceCollection().AddCrlmDecision().BuildServiceProvider();

        var first = provider.GetRequiredService<ICrlmDecisionEngine>();
        var second = provider.GetRequiredService<ICrlmDecisionEngine>();

        Assert.Same(first, second);
        Assert.Equal(RuleSet.DefaultId, first.RuleSet.Id);
        Assert.StartsWith("embedded:", first.RuleSet.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCrlmDecision_Directory_LoadsThatRuleSet()
    {
        var dir = Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures", "Minimal");
        using var provider = new ServiceCollection().AddCrlmDecision(o => o.RuleSetDirectory = dir).BuildServiceProvider();

        Assert.Equal("minimal", provider.GetRequiredService<ICrlmDecisionEngine>().RuleSet.Id);
    }

    [Fact]
    public void AddCrlmDecision_InvalidOptions_ReportsEveryProblemInOneMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCrlmDecision(o =>
        {
            o.RuleSetDirectory = "/nonexistent/rules";
            o.RuleSetVersion = "1.0.0";
        }));

        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
