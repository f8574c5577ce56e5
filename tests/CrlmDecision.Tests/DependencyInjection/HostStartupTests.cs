using CrlmDecision.DependencyInjection;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrlmDecision.Tests.DependencyInjection;

public sealed class HostStartupTests
{
    [Fact]
    public async Task StartAsync_BrokenRuleSetDirectory_StopsHostNamingFileAndEngine()
    {
        using var temp = new TempDirectory("crlm-broken-rules");
        var rules = temp.CopyIn(Repository.RuleSet(), "1.0.0");
        var ruleFile = Directory.GetFiles(Path.Combine(rules, "rules"), "*.yaml").Order(StringComparer.Ordinal).First();
        File.WriteAllText(ruleFile, "rules:\n  - id: not-an-id\n");
        using var host = BuildHost(new CapturingLoggerProvider(), s => s.AddCrlmDecision("shadow", o => o.RuleSetDirectory = rules));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("engine 'shadow' cannot start", ex.Message, StringComparison.Ordinal);
        Assert.Contains("rules/" + Path.GetFileName(ruleFile), ex.Message, StringComparison.Ordinal);
        Assert.IsType<RuleSetException>(ex.InnerException);
    }

    [Fact]
    public async Task StartAsync_PinnedSha256Differs_StopsHostNamingBothHashes()
    {
        var wrong = new string('0', 64);
        using var host = BuildHost(new CapturingLoggerProvider(), s => s.AddCrlmDecision(o => o.RuleSetSha256 = wrong));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains(wrong, ex.Message, StringComparison.Ordinal);
        Assert.Contains(RuleSet.LoadEmbedded().Sha256, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ValidRuleSets_LoadsEachOnceBeforeFirstResolutionAndLogsIdentity()
    {
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(logs, s => s.AddCrlmDecision().AddCrlmDecision("shadow", o => o.RuleSetDirectory = Repository.RuleSet()));

        await host.StartAsync();
        var loaded = logs.Entries.Where(e => e.Message.Contains("loaded rule set", StringComparison.Ordinal)).ToList();
        var engine = host.Services.GetRequiredService<ICrlmDecisionEngine>();
        await host.StopAsync();

        Assert.Equal(2, loaded.Count);
        var line = Assert.Single(loaded, e => e.Message.StartsWith("CrlmDecision engine default", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains($"{engine.RuleSet.Id} {engine.RuleSet.Version}", line.Message, StringComparison.Ordinal);
        Assert.Contains($"sha256 {engine.RuleSet.Sha256}, {engine.RuleSet.RuleCount} rules", line.Message, StringComparison.Ordinal);
        Assert.Matches(@" in \d+ ms ", line.Message);
        Assert.EndsWith("; draft: False", line.Message, StringComparison.Ordinal);
        Assert.Equal(2, logs.Entries.Count(e => e.Message.Contains("loaded rule set", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Recommend_AfterStart_LogsNothingAboutThePatient()
    {
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(logs, s => s.AddCrlmDecision());
        await host.StartAsync();
        var before = logs.Entries.Count;
        var facts = FactsReader.ReadFile(Repository.Path_("docs", "examples", "resectable-solitary.yaml"));

        var report = host.Services.GetRequiredService<ICrlmDecisionEngine>().Recommend(facts);
        await host.StopAsync();

        Assert.NotNull(facts.PatientId);
        Assert.Equal(facts.PatientId, report.PatientId);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(facts.PatientId, StringComparison.Ordinal));
        Assert.All(logs.Entries.Skip(before), e => Assert.DoesNotContain("CrlmDecision", e.Category, StringComparison.Ordinal));
    }

    private static IHost BuildHost(CapturingLoggerProvider logs, Action<IServiceCollection> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        register(builder.Services);
        return builder.Build();
    }
}
