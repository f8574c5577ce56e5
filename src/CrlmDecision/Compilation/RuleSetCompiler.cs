using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using CrlmDecision.RuleModel;
using CrlmDecision.Facts;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace CrlmDecision.Compilation;

/// <summary>
/// Parses every expression of a rule set with Dynamic LINQ against the typed facts, checks it against the
/// allow-list, refuses cycles among derived facts, and translates each rule and derived fact into one NRules
/// rule (ADR 0005), collecting all problems with file, line and id.
/// </summary>
internal sealed class RuleSetCompiler
{
    private readonly List<RuleSetError> _errors;
    private readonly Type _derivedType;
    private readonly Dictionary<string, IReadOnlyList<string>> _derivedWords;
    private readonly Dictionary<string, int> _derivedIndex;
    private readonly ParameterExpression _p = Expression.Parameter(typeof(PatientView), "p");
    private readonly ParameterExpression _d;
    private readonly List<(int Fact, string? Derived, Threshold Threshold)> _thresholds = [];
    private readonly Dictionary<string, ExpressionGuard> _derivedGuards = new(StringComparer.Ordinal);
    private readonly HashSet<string> _derivedRead = new(StringComparer.Ordinal);

    public RuleSetCompiler(IReadOnlyList<DerivedFactDefinition> derived, List<RuleSetError> errors)
    {
        _errors = errors;
        var distinct = derived.DistinctBy(d => d.Name).ToArray();
        _derivedType = DynamicClassFactory.CreateType(distinct.Select(d => new DynamicProperty(Pascal(d.Name), ClrType(d.Type))).ToList(), false);
        _d = Expression.Parameter(_derivedType, "d");
        _derivedWords = distinct.ToDictionary(d => Pascal(d.Name), d => (IReadOnlyList<string>)d.Words, StringComparer.Ordinal);
        _derivedIndex = distinct.Select((d, i) => (d, i)).ToDictionary(x => Pascal(x.d.Name), x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The derived facts in dependency order (each after those it reads), each as an NRules rule.</summary>
    public IReadOnlyList<(DerivedFactDefinition Definition, IRuleDefinition Rule)> CompileDerived(IReadOnlyList<DerivedFactDefinition> definitions)
    {
        var parsed = new Dictionary<string, (DerivedFactDefinition Definition, Expression Body, ExpressionGuard Guard)>(StringComparer.Ordinal);
        foreach (var definition in definitions.DistinctBy(d => d.Name))
        {
            if (Parse(definition.Expression, ClrType(definition.Type), definition.File, definition.Line, definition.Name) is { } result)
            {
                parsed[Pascal(definition.Name)] = (definition, result.Body, result.Guard);
                _derivedGuards[Pascal(definition.Name)] = result.Guard;
            }
        }

        var compiled = new List<(DerivedFactDefinition, IRuleDefinition)>();
        foreach (var name in TopologicalOrder(parsed.ToDictionary(p => p.Key, p => p.Value.Guard.DerivedUsed), definitions))
        {
            var (definition, body, guard) = parsed[name];
            compiled.Add((definition, DerivedRule(definition, body, guard)));
        }

        return compiled;
    }

    /// <summary>
    /// After compiling: per number fact (by <see cref="FactCatalog"/> index), the distinct numbers some rule or derived
    /// fact compares it with, ascending, each with the side the value equal to it answers like in every such
    /// comparison; a number compared with a derived fact counts for the number facts it reads.
    /// </summary>
    public IReadOnlyDictionary<int, Threshold[]> FactThresholds()
    {
        var byFact = new SortedDictionary<int, SortedDictionary<double, Threshold>>();
        foreach (var (fact, derived, threshold) in _thresholds)
        {
            foreach (var index in derived is null ? [fact] : NumberFactsRead(derived, []))
            {
                if (!byFact.TryGetValue(index, out var values))
                {
                    byFact[index] = values = [];
                }

                values[threshold.Value] = values.TryGetValue(threshold.Value, out var seen) ? seen.With(threshold.Side) : threshold;
            }
        }

        return byFact.ToDictionary(entry => entry.Key, entry => entry.Value.Values.ToArray());
    }

    // The number facts a derived fact reads, itself or through the derived facts it reads.
    private IEnumerable<int> NumberFactsRead(string derived, HashSet<string> seen)
    {
        if (!seen.Add(derived) || !_derivedGuards.TryGetValue(derived, out var guard))
        {
            return [];
        }

        return guard.Facts.Where(index => FactCatalog.All[index].Type is var type && (type == typeof(int) || type == typeof(double)))
            .Concat(guard.DerivedUsed.SelectMany(used => NumberFactsRead(used, seen)))
            .Distinct()
            .ToArray();
    }

    /// <summary>
    /// Each rule as an NRules rule, in rule-set order (its outcome names it by that position); only the rule at
    /// <paramref name="only"/> when given.
    /// </summary>
    public IReadOnlyList<IRuleDefinition> CompileRules(IReadOnlyList<RuleDefinition> rules, int? only = null)
    {
        var compiled = new List<IRuleDefinition>();
        for (var index = 0; index < rules.Count; index++)
        {
            var rule = rules[index];
            if ((only is null || only == index) && Parse(rule.When, typeof(bool), rule.File, rule.Line, rule.Id) is { } result)
            {
                _derivedRead.UnionWith(result.Guard.DerivedUsed);
                compiled.Add(Rule(rule, index, result.Body, result.Guard));
            }
        }

        return compiled;
    }

    /// <summary>The derived facts (camelCase names) the compiled rules read, themselves or through other derived facts.</summary>
    public IReadOnlySet<string> DerivedReadByRules()
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(_derivedRead);
        while (pending.TryPop(out var name))
        {
            if (read.Add(Camel(name)) && _derivedGuards.TryGetValue(name, out var guard))
            {
                foreach (var used in guard.DerivedUsed)
                {
                    pending.Push(used);
                }
            }
        }

        return read;
    }

    // when: the patient, the derived facts it reads, and the verdict its condition takes; then: its outcome.
    private IRuleDefinition Rule(RuleDefinition rule, int index, Expression body, ExpressionGuard guard)
    {
        var builder = Describe(rule.Id, rule.Title, rule.Because);
        builder.Tag(rule.Target.TrialId is { } trial ? "trial:" + trial : rule.Target.IsReportNote ? "note" : string.Join(",", rule.Target.Options.Select(Words<Facts.TreatmentOption>.Of)));
        builder.Property("effect", rule.Effect.ToString());
        builder.Property("evidence", rule.Evidence.ToString());
        builder.Property("section", rule.Section);
        var (lhs, lowering, derived) = Patterns(builder, guard);
        var verdict = Expression.Parameter(typeof(Verdict), "v");
        var value = Expression.Property(verdict, nameof(Verdict.Value));

        // A rule reading a failed derived fact is neither true nor false: its outcome carries the failure.
        var noFailure = derived.Select(d => (Expression)Expression.Not(Expression.Property(d, nameof(DerivedFact.IsFailed))));
        var isTrue = ConditionLowering.AndAll(noFailure.Append(lowering.IsTrue(body)));
        var isFalse = ConditionLowering.AndAll(noFailure.Append(lowering.IsFalse(body)));
        var takes = Expression.Condition(Expression.Equal(value, Expression.Constant(Truth.True)), isTrue,
            Expression.Condition(Expression.Equal(value, Expression.Constant(Truth.False)), isFalse,
                Expression.AndAlso(Expression.Not(isTrue), Expression.Not(isFalse))));
        lhs.Pattern(typeof(Verdict), verdict.Name).Condition(Expression.Lambda(takes, [verdict, _p, .. derived]));

        var failure = Expression.Variable(typeof(string), "failure");
        var undecided = Expression.Block([failure],
            Expression.Assign(failure, FirstFailure(lowering, guard)),
            Expression.Call(typeof(RuleOutcome), nameof(RuleOutcome.Undecided), null, Expression.Constant(index), failure,
                Expression.Condition(Expression.Equal(failure, Expression.Constant(null, typeof(string))), lowering.Missing(body), Expression.Constant(MissingFacts.None))));
        var outcome = Expression.Condition(Expression.Equal(value, Expression.Constant(Truth.True)), Expression.Constant(new RuleOutcome(index, Truth.True, [], null)),
            Expression.Condition(Expression.Equal(value, Expression.Constant(Truth.False)), Expression.Constant(new RuleOutcome(index, Truth.False, [], null)), undecided));
        Then(builder, outcome, [verdict, _p, .. derived], insert: false);
        return builder.Build();
    }

    // when: the patient and the derived facts it reads; then: its value (known, unknown or failed) as a fact.
    private IRuleDefinition DerivedRule(DerivedFactDefinition definition, Expression body, ExpressionGuard guard)
    {
        var builder = Describe(definition.Name, definition.Description, definition.Description);
        builder.Tag("derived");
        builder.Property("type", definition.Type);
        var (_, lowering, derived) = Patterns(builder, guard);
        var index = _derivedIndex[Pascal(definition.Name)];
        var name = definition.Name;
        var failure = Expression.Variable(typeof(string), "failure");
        var error = Expression.Parameter(typeof(Exception), "error");
        var value = Expression.Block([failure],
            Expression.Assign(failure, FirstFailure(lowering, guard)),
            Expression.Condition(Expression.NotEqual(failure, Expression.Constant(null, typeof(string))),
                Expression.Call(typeof(DerivedFact), nameof(DerivedFact.Failed), null, Expression.Constant(index), Expression.Constant(name), failure),
                Expression.TryCatch(lowering.Value(body, index, name),
                    Expression.Catch(error, Expression.Call(typeof(DerivedFact), nameof(DerivedFact.Failed), null, Expression.Constant(index), Expression.Constant(name),
                        Expression.Call(typeof(RuleSetCompiler), nameof(DerivedFailure), null, Expression.Constant(name), error))))));
        Then(builder, value, [_p, .. derived], insert: true);
        return builder.Build();
    }

    // The failure of the first failed derived fact the expression reads, or null.
    private static MethodCallExpression FirstFailure(ConditionLowering lowering, ExpressionGuard guard) =>
        Expression.Call(typeof(DerivedFact), nameof(DerivedFact.FirstFailure), null, lowering.DerivedArray(guard.DerivedUsed));

    /// <summary>How a derived fact's failure reads, culture-independent (exception messages follow the host's UI culture).</summary>
    internal static string DerivedFailure(string name, Exception e) => $"derived fact {name}: {e.GetType().Name}";

    private static RuleBuilder Describe(string name, string title, string text)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Description(title == text ? text : title + ": " + text);
        return builder;
    }

    private (GroupBuilder Lhs, ConditionLowering Lowering, ParameterExpression[] Derived) Patterns(RuleBuilder builder, ExpressionGuard guard)
    {
        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(PatientView), _p.Name);
        var derived = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        foreach (var used in guard.DerivedUsed.Order(StringComparer.Ordinal))
        {
            var fact = Expression.Parameter(typeof(DerivedFact), "d" + used);
            lhs.Pattern(typeof(DerivedFact), fact.Name).Condition(
                Expression.Lambda(Expression.Equal(Expression.Property(fact, nameof(DerivedFact.Name)), Expression.Constant(Camel(used))), fact));
            derived[used] = fact;
        }

        var lowering = new ConditionLowering(_p, _d, derived, Guard);
        return (lhs, lowering, derived.Values.ToArray());
    }

    // then: the outcome (a rule) or the value (a derived fact) recorded in the session's Outcomes, by position;
    // a derived fact is also inserted, for the rules that read it.
    private static void Then(RuleBuilder builder, Expression result, ParameterExpression[] facts, bool insert)
    {
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var outcomes = Expression.Convert(Expression.Call(context, typeof(IContext).GetMethod(nameof(IContext.Resolve))!, Expression.Constant(typeof(Outcomes))), typeof(Outcomes));
        Expression action = Expression.Call(outcomes, typeof(Outcomes).GetMethod(nameof(Outcomes.Record), [result.Type])!, result);
        if (insert)
        {
            action = Expression.Call(context, typeof(IContext).GetMethod(nameof(IContext.Insert))!, action);
        }

        builder.RightHandSide().Action(Expression.Lambda(action, [context, .. facts]));
    }

    private ExpressionGuard Guard(Expression body)
    {
        var guard = new ExpressionGuard(_derivedType, _derivedWords);
        guard.Visit(body);
        return guard;
    }

    /// <summary>Compiles the rules into one session factory (the Rete network NRules runs for every patient).</summary>
    public static ISessionFactory SessionFactory(string name, IEnumerable<IRuleDefinition> rules)
    {
        var set = new NRules.RuleModel.RuleSet(name);
        set.Add(rules);
        // Dynamic LINQ can produce node kinds NRules' node sharing cannot compare: such nodes are not shared.
        var compiler = new RuleCompiler(new RuleCompilerOptions { UnsupportedExpressionHandling = RuleCompilerUnsupportedExpressionsHandling.TreatAsNotEqual })
        {
            ExpressionCompiler = new FastCompiler(),
        };

        return compiler.Compile([set]);
    }

    private (Expression Body, ExpressionGuard Guard)? Parse(string expression, Type returnType, string file, int line, string id)
    {
        if (expression.Length == 0)
        {
            return null;
        }

        Expression body;
        try
        {
            body = DynamicExpressionParser.ParseLambda(RuleExpressionParsing.Config, [_p, _d], returnType, expression).Body;
        }
        catch (ParseException e)
        {
            _errors.Add(new RuleSetError(file, line, id, $"expression error at position {e.Position + 1}: {e.Message}\n      {expression}\n      {new string(' ', Math.Max(0, e.Position))}^",
                "check the spelling of facts (see docs/rule-authoring.md) and that words are in double quotes"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            _errors.Add(new RuleSetError(file, line, id, $"expression error: {e.Message}", "the expression must give " + ResultDescription(returnType)));
            return null;
        }

        var guard = Guard(body);
        foreach (var problem in guard.Problems.Distinct(StringComparer.Ordinal))
        {
            var hint = problem.EndsWith("never holds", StringComparison.Ordinal)
                ? "use one of the words listed, in double quotes (crlm rules facts lists every fact's words)"
                : "rules may read only the patient facts and derived facts";
            _errors.Add(new RuleSetError(file, line, id, problem, hint));
        }

        _thresholds.AddRange(guard.Thresholds);
        return guard.Problems.Count == 0 ? (body, guard) : null;
    }

    private List<string> TopologicalOrder(Dictionary<string, HashSet<string>> uses, IReadOnlyList<DerivedFactDefinition> definitions)
    {
        var order = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        foreach (var name in definitions.Select(d => Pascal(d.Name)).Where(uses.ContainsKey))
        {
            Visit(name, []);
        }

        return order;

        void Visit(string name, List<string> path)
        {
            if (state.GetValueOrDefault(name) == 2)
            {
                return;
            }

            if (state.GetValueOrDefault(name) == 1)
            {
                var cycle = path.SkipWhile(n => n != name).Append(name).Select(Camel);
                var definition = definitions.First(d => Pascal(d.Name) == name);
                _errors.Add(new RuleSetError(definition.File, definition.Line, definition.Name, "derived facts depend on each other in a cycle: " + string.Join(" -> ", cycle), "a derived fact may use only derived facts that do not use it"));
                return;
            }

            state[name] = 1;
            path.Add(name);
            foreach (var used in uses[name].Where(uses.ContainsKey).Order(StringComparer.Ordinal))
            {
                Visit(used, path);
            }

            path.RemoveAt(path.Count - 1);
            state[name] = 2;
            order.Add(name);
        }
    }

    internal static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    internal static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    internal static Type ClrType(string type) => type switch
    {
        "integer" => typeof(int),
        "number" => typeof(double),
        "boolean" => typeof(bool),
        _ => typeof(string),
    };

    private static string ResultDescription(Type type) =>
        type == typeof(bool) ? "true or false" : type == typeof(string) ? "a word" : type == typeof(int) ? "a whole number" : "a number";
}
