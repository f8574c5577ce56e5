using System.Diagnostics;
using CrlmDecision.Evaluation;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// A rough, fast reading for iterating on the code (`-- quick`): time and bytes per Recommend per patient,
/// and the time of a warm load. Not the published numbers: those come from BenchmarkDotNet.
/// </summary>
public static class QuickMeasure
{
    /// <param name="compiledAtLoad">Use the released rule set compiled at load instead of its precompiled parts (ADR 0004).</param>
    public static void Run(bool compiledAtLoad)
    {
        var ruleSet = compiledAtLoad ? RuleSet.LoadCompiled(Path.Combine(RuleSetVersions.FindRoot(AppContext.BaseDirectory), "1.0.0")) : RuleSet.LoadEmbedded();
        Console.WriteLine(ruleSet.IsPrecompiled ? "precompiled rule set" : "rule set compiled at load");
        var engine = new CrlmDecisionEngine(ruleSet);
        {
            // How expensive is a gen0 collection in this process, for plain garbage of the same rate?
            var pause0 = GC.GetTotalPauseDuration();
            var gcs0 = GC.CollectionCount(0);
            object? keep = null;
            for (var i = 0; i < 100_000; i++)
            {
                keep = new object[600];
            }

            GC.KeepAlive(keep);
            Console.WriteLine($"plain garbage: {GC.CollectionCount(0) - gcs0} gen0 collections, {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:0.0} ms paused");
        }

        foreach (var (name, facts) in Patients.All)
        {
            for (var i = 0; i < 20_000; i++)
            {
                engine.Recommend(facts);
            }

            const int n = 100_000;
            var pause = GC.GetTotalPauseDuration();
            var gcs = GC.CollectionCount(0);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                engine.Recommend(facts);
            }

            var ns = clock.Elapsed.TotalNanoseconds / n;
            Console.WriteLine($"    GC: {GC.CollectionCount(0) - gcs} gen0 collections, pauses {(GC.GetTotalPauseDuration() - pause).TotalNanoseconds / n:0} ns per patient");
            var total = (GC.GetAllocatedBytesForCurrentThread() - bytes) / n;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            Evaluator.Evaluate(ruleSet, facts);
            var evaluator = GC.GetAllocatedBytesForCurrentThread() - bytes;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            PatientViewBuilder.Build(facts, out _);
            var view = GC.GetAllocatedBytesForCurrentThread() - bytes;
            Console.WriteLine($"{name,-40} {ns,8:0} ns {total,8} B (evaluator {evaluator} B, of which view {view} B)");
            var evaluation = Evaluator.Evaluate(ruleSet, facts);
            var before = GC.GetAllocatedBytesForCurrentThread();
            CrlmDecision.Reports.Ranker.Rank(ruleSet, facts, evaluation);
            var rankBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine($"    rank allocates {rankBytes} B");
            Console.WriteLine($"    validate {Time(() => CrlmDecision.Facts.FactsValidator.Validate(facts)),6:0} ns   view {Time(() => PatientViewBuilder.Build(facts, out _)),6:0} ns   evaluate {Time(() => Evaluator.Evaluate(ruleSet, facts)),6:0} ns   rank+report {Time(() => CrlmDecision.Reports.Ranker.Rank(ruleSet, facts, evaluation)),6:0} ns");
        }

        if (Environment.GetEnvironmentVariable("QUICK_NO_LOAD") is not null)
        {
            return;
        }

        for (var i = 0; i < 5; i++)
        {
            RuleSet.LoadEmbedded();
        }

        var load = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            RuleSet.LoadEmbedded();
        }

        Console.WriteLine($"{"RuleSet.LoadEmbedded (warm)",-40} {load.Elapsed.TotalMilliseconds / 10,8:0.0} ms");

        var workflows = RulesEngineHarness.Workflows(ruleSet);
        var inputs = RulesEngineHarness.Inputs(ruleSet, Patients.All["resectable-solitary"]);
        Stage("RulesEngine first call, defaults", () => RulesEngineHarness.Execute(new RulesEngine.RulesEngine(workflows, RulesEngineHarness.Settings(false)), inputs));
        Stage("RuleSet.LoadEmbedded", () => RuleSet.LoadEmbedded());
        var unique = 0;
        Stage("RulesEngine first call, unseen expressions", () =>
        {
            var padding = new string(' ', ++unique);
            var fresh = workflows.Select(w => new RulesEngine.Models.Workflow
            {
                WorkflowName = w.WorkflowName,
                Rules = w.Rules.Select(r => new RulesEngine.Models.Rule { RuleName = r.RuleName, Expression = r.Expression + padding, RuleExpressionType = r.RuleExpressionType }).ToList(),
            }).ToArray();
            return RulesEngineHarness.Execute(new RulesEngine.RulesEngine(fresh, RulesEngineHarness.Settings(false)), inputs);
        });

        // Where a warm load goes, stage by stage (each averaged over 10 runs).
        var files = RuleSetSource.FromEmbedded(RuleSet.DefaultId, RuleSet.EmbeddedVersions()[0]);
        var parsed = RuleSetParser.Parse(files);
        Stage("read embedded files", () => RuleSetSource.FromEmbedded(RuleSet.DefaultId, RuleSet.EmbeddedVersions()[0]));
        Stage("YAML documents only", () => files.Select(f => CrlmDecision.Yaml.YamlDocumentReader.Read(f.Text, CrlmDecision.Yaml.YamlLimits.RuleFile)).ToList());
        Stage("YamlDotNet parser events only", () =>
        {
            var n = 0;
            foreach (var f in files)
            {
                var parser = new YamlDotNet.Core.Parser(new StringReader(f.Text));
                while (parser.MoveNext())
                {
                    n++;
                }
            }

            return n;
        });
        Stage("parse YAML", () => RuleSetParser.Parse(files));
        Stage("SHA-256", () => RuleSetBuilder.ContentSha256(files));
        Stage("compiler (derived type)", () => new RuleSetCompiler(parsed.Derived, []));
        var derivedType = new RuleSetCompiler(parsed.Derived, []).DerivedType;
        var parameters = new[] { System.Linq.Expressions.Expression.Parameter(typeof(CrlmDecision.Expressions.PatientView), "p"), System.Linq.Expressions.Expression.Parameter(derivedType, "d") };
        Stage("parse rule expressions only (RE parser)", () =>
        {
            var parser = new RulesEngine.ExpressionBuilders.RuleExpressionParser(RuleSetCompiler.EngineSettings(true));
            return parsed.Rules.Select(r => parser.Parse(r.When, parameters, typeof(bool))).ToList();
        });
        Stage("compile derived facts", () => new RuleSetCompiler(parsed.Derived, []).CompileDerived(parsed.Derived));
        Stage("compile rules (+ derived type)", () => new RuleSetCompiler(parsed.Derived, []).CompileRules(parsed.Rules));
    }

    private static double Time(Func<object> run)
    {
        for (var i = 0; i < 20_000; i++)
        {
            run();
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 100_000; i++)
        {
            run();
        }

        return clock.Elapsed.TotalNanoseconds / 100_000;
    }

    private static void Stage(string name, Func<object> run)
    {
        for (var i = 0; i < 3; i++)
        {
            run();
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            run();
        }

        Console.WriteLine($"  {name,-38} {clock.Elapsed.TotalMilliseconds / 10,8:0.0} ms {(GC.GetAllocatedBytesForCurrentThread() - bytes) / 10 / 1024,8} KB");
    }
}
