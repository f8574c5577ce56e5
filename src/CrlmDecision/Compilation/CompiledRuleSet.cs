using CrlmDecision.RuleModel;
using NRules;

namespace CrlmDecision.Compilation;

/// <summary>
/// A rule set compiled for NRules: one session factory (the Rete network of every rule and derived fact) and
/// what evaluation needs to read the outcomes back. Immutable and thread-safe; a session is made per patient.
/// </summary>
internal sealed class CompiledRuleSet
{
    private CompiledRuleSet(ISessionFactory sessions, RuleSetDefinition definition, IReadOnlyList<DerivedFactDefinition> derived, IReadOnlyDictionary<int, Threshold[]> thresholds)
    {
        Sessions = sessions;
        Thresholds = thresholds;
        RuleCount = definition.Rules.Count;
        RuleIndex = definition.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Suppressions = definition.Rules
            .Select((r, i) => (Rule: i, Suppressed: r.Suppresses.Where(RuleIndex.ContainsKey).Select(id => RuleIndex[id]).Order().ToArray()))
            .Where(s => s.Suppressed.Length > 0)
            .ToArray();
        DerivedFacts = derived;
        DerivedNames = derived.Select(d => d.Name).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The compiled network: one session per evaluation.</summary>
    public ISessionFactory Sessions { get; }

    /// <summary>Per number fact (by fact index), the numbers the rules compare it with, ascending (what-if tries each side).</summary>
    public IReadOnlyDictionary<int, Threshold[]> Thresholds { get; }

    /// <summary>Number of rules (not counting derived facts).</summary>
    public int RuleCount { get; }

    /// <summary>A rule's position by its id (the name of its NRules rule).</summary>
    public IReadOnlyDictionary<string, int> RuleIndex { get; }

    /// <summary>Rules that suppress others (by position, ascending), with the positions of the rules they suppress.</summary>
    public (int Rule, int[] Suppressed)[] Suppressions { get; }

    /// <summary>Derived facts in dependency order (each after those it reads).</summary>
    public IReadOnlyList<DerivedFactDefinition> DerivedFacts { get; }

    /// <summary>Derived-fact names in ordinal order, as evaluation results and reports list them.</summary>
    public string[] DerivedNames { get; }

    /// <summary>
    /// Parses, checks and lowers every expression of <paramref name="definition"/> and compiles them into one
    /// session factory; problems go to <paramref name="errors"/>, and the result is null when there is any error.
    /// </summary>
    public static CompiledRuleSet? Compile(RuleSetDefinition definition, List<RuleSetError> errors)
    {
        // A derived fact without a usable name was reported by the parser; it cannot become a property.
        var named = definition.Derived.Where(d => d.Name.Length > 0 && char.IsAsciiLetterLower(d.Name[0]) && d.Name.All(char.IsAsciiLetterOrDigit)).ToArray();
        var compiler = new RuleSetCompiler(named, errors);
        var derived = compiler.CompileDerived(named);
        var rules = compiler.CompileRules(definition.Rules);
        if (errors.Any(e => !e.IsWarning))
        {
            return null;
        }

        try
        {
            var sessions = RuleSetCompiler.SessionFactory($"{definition.Manifest.Id} {definition.Manifest.Version}", derived.Select(d => d.Rule).Concat(rules));
            return new CompiledRuleSet(sessions, definition, derived.Select(d => d.Definition).ToArray(), compiler.FactThresholds());
        }
        catch (RuleCompilationException e)
        {
            // NRules checks the rules again as it builds the network; a failure there is a rule-set error, never a crash.
            errors.Add(new RuleSetError(RuleSetFile.Manifest, 0, e.RuleName, "NRules could not compile the rule: " + (e.InnerException?.Message ?? e.Message), "report this as a bug of CrlmDecision"));
            return null;
        }
    }
}
