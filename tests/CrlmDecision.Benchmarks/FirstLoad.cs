using System.Diagnostics;
using System.Globalization;
using CrlmDecision.Compilation;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The <c>first-load [phases]</c> mode: the first rule-set load a host pays, in this fresh process (JIT, Dynamic
/// LINQ, NRules' compiler all cold). With <c>phases</c>, the steps of that load one by one (the same work, in
/// the order <see cref="RuleSet"/> does it), each with the methods the JIT compiled and its time on them.
/// </summary>
public static class FirstLoad
{
    public static void Run(bool phases)
    {
        var clock = Stopwatch.StartNew();
        if (!phases)
        {
            var ruleSet = RuleSet.LoadEmbedded();
            Print($"first load {clock.Elapsed.TotalMilliseconds:0.0} ms ({ruleSet.Id} {ruleSet.Version}, {ruleSet.RuleCount} rules)");
            return;
        }

        var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        void Phase(string name)
        {
            var (count, time) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
            Print($"{name,-52} {clock.Elapsed.TotalMilliseconds,7:0.0} ms {count - jitted,6} methods jitted {(time - jitTime).TotalMilliseconds,6:0.0} ms");
            (jitted, jitTime) = (count, time);
            clock.Restart();
        }

        var errors = new List<RuleSetError>();
        var files = RuleSetSource.FromEmbedded(RuleSet.DefaultId, RuleSet.EmbeddedVersions()[0]);
        Phase("read the embedded files");
        var definition = RuleSetLoader.Load(files, "embedded", errors)!;
        Phase("YAML, checks, SHA-256 (RuleSetLoader)");
        var compiler = new RuleSetCompiler(definition.Derived, errors);
        Phase("derived-facts type (Dynamic LINQ class)");
        var derived = compiler.CompileDerived(definition.Derived);
        Phase("derived facts: parse, guard, lower to NRules rules");
        var rules = compiler.CompileRules(definition.Rules);
        Phase("rules: parse, guard, lower to NRules rules");
        _ = RuleSetCompiler.SessionFactory("first-load", derived.Select(d => d.Rule).Concat(rules));
        Phase("NRules: Rete network, compile the expressions");
        _ = RuleSet.LoadEmbedded();
        Phase("RuleSet.LoadEmbedded after all of the above");
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
