using System.Diagnostics;
using BenchmarkDotNet.Running;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;

// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- coldstart   (phases of a first, cold recommend)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- handwritten-check [generated] [seed]   (HandWritten agrees with the library)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- quick [compiled]   (a rough time and allocation reading while changing code; compiled: the rule set compiled at load)
// Floors of a cold start (docs/performance.md), timed with coldstart.sh on a ReadyToRun publish of this project:
// floor-bare (start and stop), floor-yaml FILE (only YamlDotNet's parser over FILE), floor-facts FILE (FactsReader).
if (args is ["floor-bare"])
{
    return;
}

if (args is ["floor-yaml", var yamlFile])
{
    var yaml = new YamlDotNet.Core.Parser(new StringReader(File.ReadAllText(yamlFile)));
    while (yaml.MoveNext())
    {
    }

    return;
}

if (args is ["floor-facts", var factsFile])
{
    _ = FactsReader.ReadFile(factsFile);
    return;
}

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
    CrlmDecision.Benchmarks.QuickMeasure.Run(compiledAtLoad: args is [_, "compiled"]);
    return;
}

if (args is ["coldstart", ..])
{
    var clock = Stopwatch.StartNew();
    var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
    Console.WriteLine($"{"(runtime start to Main: JIT so far)",-40} {"",8}    {jitted,5} methods jitted {jitTime.TotalMilliseconds,6:0.0} ms");
    void Phase(string name)
    {
        // Methods the JIT compiled in the phase (not precompiled by ReadyToRun) and the time it spent on them.
        var (count, time) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        Console.WriteLine($"{name,-40} {clock.Elapsed.TotalMilliseconds,8:0.0} ms {count - jitted,5} methods jitted {(time - jitTime).TotalMilliseconds,6:0.0} ms");
        (jitted, jitTime) = (count, time);
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
    if (args.Contains("--rulesengine-parser"))
    {
        // What RulesEngine's own parser costs on top (RuleSetCompiler no longer uses it: RuleExpressionParsing).
        _ = new System.Linq.Dynamic.Core.CustomTypeProviders.DefaultDynamicLinqCustomTypeProvider(System.Linq.Dynamic.Core.ParsingConfig.Default).GetCustomTypes();
        Phase("Dynamic LINQ [DynamicLinqType] scan");
        _ = System.Linq.Dynamic.Core.DynamicExpressionParser.ParseLambda(System.Linq.Dynamic.Core.ParsingConfig.Default, [System.Linq.Expressions.Expression.Parameter(typeof(int), "x")], typeof(bool), "x > 1");
        Phase("Dynamic LINQ System enum table");
    }

    var parser = new RuleExpressionParsing(RuleSetCompiler.EngineSettings(fastCompiler: true));
    _ = parser.Parse("1 > 0", [], typeof(bool));
    Phase("Dynamic LINQ first parse, no identifier");
    _ = parser.Parse("x > 1", [System.Linq.Expressions.Expression.Parameter(typeof(int), "x")], typeof(bool));
    Phase("Dynamic LINQ first named parameter");
    _ = System.Linq.Dynamic.Core.DynamicClassFactory.CreateType([new System.Linq.Dynamic.Core.DynamicProperty("X", typeof(int))], false);
    Phase("DynamicClassFactory first type (cold)");
    _ = CrlmDecision.Facts.FactCatalog.All.Count;
    Phase("FactCatalog (cold)");
    var compiler = new RuleSetCompiler(parsed.Derived, []);
    Phase("derived-facts type");
    _ = compiler.CompileDerived(parsed.Derived);
    Phase("compile derived facts (cold)");
    _ = compiler.CompileRules(parsed.Rules);
    Phase("compile rules (cold)");
    var ruleSet = RuleSet.LoadEmbedded();
    Phase("RuleSet.LoadEmbedded (after the above)");
    var facts = FactsReader.Read(File.ReadAllText(args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "docs/examples/resectable-solitary.yaml"));
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
