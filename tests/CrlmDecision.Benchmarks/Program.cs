using System.Diagnostics;
using BenchmarkDotNet.Running;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleSets;

// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- coldstart   (phases of a first, cold recommend)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- handwritten-check [generated] [seed]   (HandWritten agrees with the library)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- quick   (a rough time and allocation reading while changing code)
if (args is ["handwritten-check", ..])
{
    Environment.ExitCode = CrlmDecision.Benchmarks.HandWrittenCheck.Run(args);
    return;
}

if (args is ["load-loop", var times])
{
    // For a profiler: load the embedded rule set over and over.
    for (var i = 0; i < int.Parse(times, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        RuleSet.LoadEmbedded();
    }

    return;
}

if (args is ["recommend-loop", var count, ..])
{
    // For a profiler: recommend for the benchmark patients over and over.
    var engine = CrlmDecisionEngine.CreateDefault();
    for (var i = 0; i < int.Parse(count, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        foreach (var facts in CrlmDecision.Benchmarks.Patients.All.Values)
        {
            if (args.Length > 2)
            {
                CrlmDecision.Reports.Ranker.Rank(engine.RuleSet, facts, Evaluator.Evaluate(engine.RuleSet, facts));
            }
            else
            {
                engine.Recommend(facts);
            }
        }
    }

    return;
}

if (args is ["quick", ..])
{
    CrlmDecision.Benchmarks.QuickMeasure.Run();
    return;
}

if (args is ["coldstart", ..])
{
    var clock = Stopwatch.StartNew();
    void Phase(string name)
    {
        Console.WriteLine($"{name,-40} {clock.Elapsed.TotalMilliseconds,8:0.0} ms");
        clock.Restart();
    }

    var files = RuleSetSource.FromEmbedded(RuleSet.DefaultId, RuleSet.EmbeddedVersions()[0]);
    Phase("read embedded files (cold)");
    var parsed = RuleSetParser.Parse(files);
    Phase("parse YAML (cold)");
    _ = RuleSetBuilder.ContentSha256(files);
    Phase("SHA-256 (cold)");
    _ = FastExpressionCompiler.ExpressionCompiler.CompileFast(() => 1 + args.Length);
    Phase("FastExpressionCompiler first use (cold)");
    _ = System.Linq.Dynamic.Core.DynamicExpressionParser.ParseLambda<int, bool>(System.Linq.Dynamic.Core.ParsingConfig.Default, false, "it > 1");
    Phase("Dynamic LINQ first parse (cold)");
    _ = System.Linq.Dynamic.Core.DynamicClassFactory.CreateType([new System.Linq.Dynamic.Core.DynamicProperty("X", typeof(int))], false);
    Phase("DynamicClassFactory first type (cold)");
    _ = new RulesEngine.ExpressionBuilders.RuleExpressionParser(new RulesEngine.Models.ReSettings());
    Phase("RulesEngine parser (cold)");
    _ = CrlmDecision.Expressions.FactCatalog.All.Count;
    Phase("FactCatalog (cold)");
    var compiler = new RuleSetCompiler(parsed.Derived, []);
    Phase("derived-facts type + RulesEngine parser");
    _ = compiler.CompileDerived(parsed.Derived);
    Phase("compile derived facts (cold)");
    _ = compiler.CompileRules(parsed.Rules);
    Phase("compile rules (cold)");
    var ruleSet = RuleSet.LoadEmbedded();
    Phase("RuleSet.LoadEmbedded (after the above)");
    var facts = FactsReader.Read(File.ReadAllText(args.Length > 1 ? args[1] : "docs/examples/resectable-solitary.yaml"));
    Phase("FactsReader.Read (cold)");
    var report = new CrlmDecisionEngine(ruleSet).Recommend(facts);
    Phase("Recommend (cold)");
    _ = ReportJson.Serialize(report);
    Phase("ReportJson.Serialize (cold)");
    _ = RuleSet.LoadEmbedded();
    Phase("RuleSet.LoadEmbedded (warm)");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CrlmDecision.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
