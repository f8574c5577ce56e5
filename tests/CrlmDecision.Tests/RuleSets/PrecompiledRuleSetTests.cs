using CrlmDecision.Cli.Authoring;
using CrlmDecision.Cli.Scenarios;
using CrlmDecision.Evaluation;
using CrlmDecision.Expressions;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleSets;
using CrlmDecision.Tests.Safety;
using CrlmDecision.Tests.Support;
using CsCheck;

namespace CrlmDecision.Tests.RuleSets;

/// <summary>
/// The released rule set travels as C# written from its checked expressions (ADR 0004). The source must be
/// current, used only for the exact content it was written from, and evaluate every part exactly as the
/// expressions compiled at load do.
/// </summary>
public sealed class PrecompiledRuleSetTests
{
    private static readonly Lazy<(RuleSet Ahead, RuleSet AtLoad)> Sets = new(() => (RuleSet.LoadEmbedded("1.0.0"), RuleSet.LoadCompiled(Repository.RuleSet())));

    [Fact]
    public void Source_CheckedIn_EqualsSourceWrittenFromReleasedRuleSet()
    {
        var written = PrecompiledSource.Write(Sets.Value.AtLoad);
        var path = PrecompiledSource.PathOf(RuleSet.DefaultId, "1.0.0");
        var checkedIn = File.ReadAllText(Repository.Path_(path.Split('/'))).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.True(written == checkedIn, $"{path} is out of date: run `dotnet run --project src/CrlmDecision.Cli -- rules precompile --rules-version 1.0.0 --out {path}`");
    }

    [Fact]
    public void RulesPrecompileCommand_WritesTheCheckedInSource()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crlm-precompiled-{Path.GetRandomFileName()}.g.cs");
        try
        {
            var (code, output, error) = CliRunner.Run("rules", "precompile", "--rules", Repository.RuleSet(), "--out", file);

            Assert.Equal(0, code);
            Assert.Empty(error);
            Assert.Equal($"wrote {file}\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
            var checkedIn = Repository.Path_(PrecompiledSource.PathOf(RuleSet.DefaultId, "1.0.0").Split('/'));
            Assert.Equal(File.ReadAllText(checkedIn).Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Load_SameContentEmbeddedOrFolder_UsesPrecompiledParts_OtherContentCompiledAtLoad()
    {
        Assert.True(Sets.Value.Ahead.IsPrecompiled);
        Assert.True(RuleSet.Load(Repository.RuleSet()).IsPrecompiled);
        Assert.False(Sets.Value.AtLoad.IsPrecompiled);
        Assert.False(RuleSet.Validate(Repository.RuleSet()).RuleSet!.IsPrecompiled); // lint compiles every expression

        var fixture = RuleSet.Load(Fixtures.Version("1.0.0"));
        Assert.False(fixture.IsPrecompiled);
        Assert.NotEqual(Sets.Value.Ahead.Sha256, fixture.Sha256);
    }

    [Fact]
    public void EveryReleasedEmbeddedVersion_HasPrecompiledParts()
    {
        foreach (var version in RuleSet.EmbeddedVersions())
        {
            var set = RuleSet.LoadEmbedded(version);
            Assert.True(set.IsDraft || set.IsPrecompiled,
                $"released version {version} is compiled at every load: run `dotnet run --project src/CrlmDecision.Cli -- rules precompile --rules-version {version} --out {PrecompiledSource.PathOf(set.Id, version)}` and list the class in PrecompiledRuleSets (docs/rule-authoring.md, 8. Versions)");
        }
    }

    [Fact]
    public void Reports_ScenariosAndGeneratedPatients_IdenticalToCompiledAtLoad()
    {
        var ahead = new CrlmDecisionEngine(Sets.Value.Ahead);
        var atLoad = new CrlmDecisionEngine(Sets.Value.AtLoad);
        var scenarios = ScenarioReader.Files(Path.Combine(Repository.RuleSet(), "scenarios")).Select(f => ScenarioReader.Read(f).Facts).ToArray();
        Assert.True(scenarios.Length > 50);
        foreach (var facts in scenarios)
        {
            Assert.Equal(ReportJson.Serialize(atLoad.Recommend(facts)), ReportJson.Serialize(ahead.Recommend(facts)));
        }

        PatientGenerators.Patient.Sample(
            facts => Assert.Equal(ReportJson.Serialize(atLoad.Recommend(facts)), ReportJson.Serialize(ahead.Recommend(facts))),
            iter: 5_000);
    }

    [Fact]
    public void EveryPart_GeneratedPatients_SameOutcomeAsCompiledAtLoad()
    {
        var (ahead, atLoad) = Sets.Value;
        Assert.Equal(atLoad.Derived.Select(d => (d.Definition.Name, d.Index, d.Needs)), ahead.Derived.Select(d => (d.Definition.Name, d.Index, d.Needs)));
        Assert.Equal(atLoad.Compiled.Select(r => (r.Definition.Id, r.Needs)), ahead.Compiled.Select(r => (r.Definition.Id, r.Needs)));
        Assert.Equal(atLoad.KnownRules.Length, ahead.KnownRules.Length);

        var compared = 0;
        PatientGenerators.Patient.Sample(facts =>
        {
            var view = PatientViewBuilder.Build(facts, out var unknown);
            var (derivedAhead, derivedAtLoad) = (ahead.NewDerived(), atLoad.NewDerived());
            for (var i = 0; i < atLoad.Derived.Length; i++)
            {
                var (a, b) = (ahead.Derived[i], atLoad.Derived[i]);
                var (missingA, missingB) = (FactMask.Empty, FactMask.Empty);
                var value = Outcome(() => b.Value.Evaluate(view, derivedAtLoad, unknown, ref missingB));
                Assert.Equal(value, Outcome(() => a.Value.Evaluate(view, derivedAhead, unknown, ref missingA)));
                Assert.Equal(missingB, missingA);
                Assert.Equal(Outcome(() => b.Compute(view, derivedAtLoad)), Outcome(() => a.Compute(view, derivedAhead)));
                if (value is null or Type)
                {
                    unknown = unknown.With(b.Index);
                }
                else
                {
                    a.Store(derivedAhead, value);
                    b.Store(derivedAtLoad, value);
                }
            }

            for (var i = 0; i < atLoad.Compiled.Length; i++)
            {
                var (a, b) = (ahead.Compiled[i], atLoad.Compiled[i]);
                var (missingA, missingB) = (FactMask.Empty, FactMask.Empty);
                Assert.Equal(Outcome(() => b.Condition.Evaluate(view, derivedAtLoad, unknown, ref missingB)), Outcome(() => a.Condition.Evaluate(view, derivedAhead, unknown, ref missingA)));
                Assert.Equal(missingB, missingA);
                Assert.Equal(Outcome(() => b.Test.Delegate(view, derivedAtLoad)), Outcome(() => a.Test.Delegate(view, derivedAhead)));
                Interlocked.Increment(ref compared);
            }

            // Each method on every rule (not only the known ones), as far as it runs: the same statuses.
            for (var m = 0; m < atLoad.KnownRules.Length; m++)
            {
                var statusesA = Enumerable.Repeat(EvaluationStatus.Pending, ahead.Compiled.Length).ToArray();
                var statusesB = Enumerable.Repeat(EvaluationStatus.Pending, atLoad.Compiled.Length).ToArray();
                var (method, aheadDerived, atLoadDerived) = (m, derivedAhead, derivedAtLoad);
                Assert.Equal(
                    Outcome(() => { atLoad.KnownRules[method](view, atLoadDerived, statusesB); return null; }),
                    Outcome(() => { ahead.KnownRules[method](view, aheadDerived, statusesA); return null; }));
                Assert.Equal(statusesB, statusesA);
            }
        }, iter: 3_000);

        Assert.Equal(3_000 * atLoad.Compiled.Length, compared);
    }

    // The value, or the exception's type (two failures of the same kind count as agreeing).
    private static object? Outcome(Func<object?> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (RuntimeFailure.Is(e) || e is InvalidOperationException)
        {
            return e.GetType();
        }
    }
}
