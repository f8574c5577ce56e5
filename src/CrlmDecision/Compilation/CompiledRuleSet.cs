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
    /// This network with <paramref name="definition"/>'s effects, details, targets and suppressions: for a definition
    /// whose expressions are those this network was compiled from (mutation testing's edits of an effect or a
    /// <c>suppresses</c> list), which the network does not read.
    /// </summary>
    /// <exception cref="ArgumentException">An expression, rule id or the rule order differs.</exception>
    public CompiledRuleSet Sharing(RuleSetDefinition definition, RuleSetDefinition compiledFrom)
    {
        var same = definition.Rules.Select(r => (r.Id, r.When)).SequenceEqual(compiledFrom.Rules.Select(r => (r.Id, r.When)))
            && definition.Derived.Select(d => (d.Name, d.Type, d.Expression)).SequenceEqual(compiledFrom.Derived.Select(d => (d.Name, d.Type, d.Expression)));
        return same ? new CompiledRuleSet(Sessions, definition, DerivedFacts, Thresholds)
            : throw new ArgumentException("the network can be shared only by a rule set with the same expressions", nameof(definition));
    }

    /// <summary>
    /// Parses, checks and lowers every expression of <paramref name="definition"/> and compiles them into one
    /// session factory; problems go to <paramref name="errors"/>, and the result is null when there is any error.
    /// A rule reads only the patient, the verdicts and derived facts, never another rule's outcome, so a network of one
    /// rule and the derived facts it reads gives that rule the outcome the whole network gives it.
    /// </summary>
    /// <param name="definition">The rule set.</param>
    /// <param name="errors">Receives every problem.</param>
    /// <param name="onlyRule">
    /// For mutation testing: put only the rule at this position in the network, with the derived facts it reads (it
    /// records its outcome at its position; every other position has none). Null for the whole rule set.
    /// </param>
    public static CompiledRuleSet? Compile(RuleSetDefinition definition, List<RuleSetError> errors, int? onlyRule = null)
    {
        // A derived fact without a usable name was reported by the parser; it cannot become a property.
        var named = definition.Derived.Where(d => d.Name.Length > 0 && char.IsAsciiLetterLower(d.Name[0]) && d.Name.All(char.IsAsciiLetterOrDigit)).ToArray();
        var compiler = new RuleSetCompiler(named, errors);
        var derived = compiler.CompileDerived(named);
        var rules = compiler.CompileRules(definition.Rules, onlyRule);
        if (errors.Any(e => !e.IsWarning))
        {
            return null;
        }

        try
        {
            var read = onlyRule is null ? null : compiler.DerivedReadByRules();
            var network = derived.Where(d => read is null || read.Contains(d.Definition.Name)).Select(d => d.Rule);
            var sessions = RuleSetCompiler.SessionFactory($"{definition.Manifest.Id} {definition.Manifest.Version}", network.Concat(rules));
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
