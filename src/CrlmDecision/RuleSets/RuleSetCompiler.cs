using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using CrlmDecision.Evaluation;
using CrlmDecision.Expressions;
using RulesEngine.Models;

namespace CrlmDecision.RuleSets;

/// <summary>
/// Parses every expression of a rule set with RulesEngine's expression parser against the typed facts,
/// checks it against the allow-list, orders the derived facts by dependency and compiles everything,
/// collecting all problems with file, line and id.
/// </summary>
internal sealed class RuleSetCompiler
{
    // RulesEngine's RuleExpressionParser.Parse without its assembly scan (RuleExpressionParsing, docs/performance.md).
    private readonly RuleExpressionParsing _parser = new(EngineSettings(fastCompiler: true));
    private readonly List<RuleSetError> _errors;
    private readonly Type _derivedType;
    private readonly Dictionary<string, (int Index, IReadOnlyList<string> Words)> _derivedIndex;
    private readonly ParameterExpression _p = Expression.Parameter(typeof(PatientView), "p");
    private readonly ParameterExpression _d;
    private readonly ParameterExpression _object = Expression.Parameter(typeof(object), "derived");

    public RuleSetCompiler(IReadOnlyList<DerivedFactDefinition> derived, List<RuleSetError> errors)
    {
        _errors = errors;
        _derivedType = DynamicClassFactory.CreateType(
            derived.Select(d => new DynamicProperty(Pascal(d.Name), ClrType(d.Type))).DistinctBy(p => p.Name).ToList(), false);
        _d = Expression.Parameter(_derivedType, "d");
        _derivedIndex = derived
            .DistinctBy(d => d.Name)
            .Select((d, i) => (d, i))
            .ToDictionary(x => Pascal(x.d.Name), x => (FactCatalog.All.Count + x.i, (IReadOnlyList<string>)x.d.Words), StringComparer.Ordinal);
    }

    public Type DerivedType => _derivedType;

    public Func<object> NewDerived() => Compile(Expression.Lambda<Func<object>>(Expression.New(_derivedType)));

    public IReadOnlyList<CompiledDerivedFact> CompileDerived(IReadOnlyList<DerivedFactDefinition> definitions)
    {
        var parsed = new Dictionary<string, (DerivedFactDefinition Definition, LambdaExpression Lambda, ExpressionGuard Guard)>(StringComparer.Ordinal);
        foreach (var definition in definitions.DistinctBy(d => d.Name))
        {
            if (Parse(definition.Expression, ClrType(definition.Type), definition.File, definition.Line, definition.Name) is { } result)
            {
                parsed[Pascal(definition.Name)] = (definition, result.Lambda, result.Guard);
            }
        }

        var compiled = new List<CompiledDerivedFact>();
        foreach (var name in TopologicalOrder(parsed.ToDictionary(p => p.Key, p => p.Value.Guard.DerivedUsed), definitions))
        {
            var (definition, lambda, guard) = parsed[name];
            var value = Expression.Parameter(typeof(object), "value");
            var property = Expression.Property(Expression.Convert(_object, _derivedType), name);
            var store = Expression.Lambda<Action<object, object>>(Expression.Assign(property, Expression.Convert(value, property.Type)), _object, value);
            var compute = Expression.Lambda<Func<PatientView, object, object>>(WithDerived(Expression.Convert(lambda.Body, typeof(object))), _p, _object);
            compiled.Add(new CompiledDerivedFact(definition, _derivedIndex[name].Index, guard.Needs, BuildValue(lambda.Body), Compile(compute), Compile(store), lambda.Body));
        }

        return compiled;
    }

    public IReadOnlyList<CompiledRule> CompileRules(IReadOnlyList<RuleDefinition> rules)
    {
        var compiled = new List<CompiledRule>();
        foreach (var rule in rules)
        {
            if (Parse(rule.When, typeof(bool), rule.File, rule.Line, rule.Id) is { } result)
            {
                var body = result.Lambda.Body;
                var test = new Compiled<Func<PatientView, object, bool>>(Expression.Lambda<Func<PatientView, object, bool>>(WithDerived(body), _p, _object));
                compiled.Add(new CompiledRule(rule, result.Guard.Needs, BuildCondition(body), test, body));
            }
        }

        return compiled;
    }

    /// <summary>
    /// The rules in compiled methods of <see cref="RulesPerMethod"/> each: for each rule whose status is
    /// <see cref="EvaluationStatus.Pending"/> (the evaluator marks the rules whose needed facts are all known),
    /// its two-valued condition sets fired or not-fired. A few calls instead of one delegate call per rule.
    /// </summary>
    public KnownRules[] CompileKnownRules(IReadOnlyList<CompiledRule> rules)
    {
        // In methods of a few rules each: one method of all rules is so large that compiling it at its first
        // call costs more, and the JIT optimises it less, than a handful of mid-sized ones.
        var chunks = new List<KnownRules>();
        for (var start = 0; start < rules.Count; start += RulesPerMethod)
        {
            var statuses = Expression.Parameter(typeof(RuleStatus[]), "statuses");
            var steps = new List<Expression> { Expression.Assign(_d, Expression.Convert(_object, _derivedType)) };
            for (var i = start; i < Math.Min(rules.Count, start + RulesPerMethod); i++)
            {
                var cell = Expression.ArrayAccess(statuses, Expression.Constant(i));
                steps.Add(Expression.IfThen(
                    Expression.Equal(Expression.Convert(cell, typeof(int)), Expression.Constant((int)EvaluationStatus.Pending)),
                    Expression.Assign(cell, Expression.Condition(rules[i].Body!, Expression.Constant(RuleStatus.Fired), Expression.Constant(RuleStatus.NotFired)))));
            }

            chunks.Add(Compile(Expression.Lambda<KnownRules>(Expression.Block([_d], steps), _p, _object, statuses)));
        }

        return chunks.ToArray();
    }

    /// <summary>Rules per <see cref="KnownRules"/> method (precompiled rule sets use the same).</summary>
    internal const int RulesPerMethod = 16;

    // The and/or/not skeleton becomes a three-valued tree; everything below it is a compiled leaf.
    private Condition BuildCondition(Expression body) => body switch
    {
        BinaryExpression { NodeType: ExpressionType.AndAlso } and => new AllCondition(Flatten(and, ExpressionType.AndAlso).Select(BuildCondition).ToArray()),
        BinaryExpression { NodeType: ExpressionType.OrElse } or => new AnyCondition(Flatten(or, ExpressionType.OrElse).Select(BuildCondition).ToArray()),
        UnaryExpression { NodeType: ExpressionType.Not } not when not.Type == typeof(bool) => new NotCondition(BuildCondition(not.Operand)),
        MethodCallExpression { Method.Name: "Any" or "All", Arguments: [var source, LambdaExpression perLesion] } call
            when call.Method.DeclaringType == typeof(Enumerable) && IsLesionList(source) && !LesionListFinder.Finds(perLesion.Body) =>
            LesionQuantifier(call.Method.Name == "All", perLesion),
        ConditionalExpression choice when choice.Type == typeof(bool) =>
            new ChoiceCondition(BuildCondition(choice.Test), BuildCondition(choice.IfTrue), BuildCondition(choice.IfFalse)),
        _ => Leaf(body),
    };

    private DerivedValue BuildValue(Expression body) => body switch
    {
        _ when body.Type == typeof(bool) => new ConditionValue(BuildCondition(body)),
        ConditionalExpression choice => new ChoiceValue(BuildCondition(choice.Test), BuildValue(choice.IfTrue), BuildValue(choice.IfFalse)),
        _ => new PlainValue(NeedsOf(body), new(Expression.Lambda<Func<PatientView, object, object>>(WithDerived(Expression.Convert(body, typeof(object))), _p, _object))),
    };

    private static readonly FactMask LesionFacts = FactCatalog.All
        .Where(f => f.Path.StartsWith("liver.lesions[].", StringComparison.Ordinal))
        .Aggregate(FactMask.Empty, (mask, f) => mask.With(f.Index));

    private bool IsLesionList(Expression source) =>
        source is MemberExpression { Member.Name: nameof(LiverView.Lesions), Expression: MemberExpression { Expression: var root } } && root == _p;

    // Any/All over the lesions, each lesion three-valued on its own facts (a lesion-by-lesion body only:
    // a body that looks at the whole list again stays one leaf).
    private LesionCondition LesionQuantifier(bool all, LambdaExpression perLesion)
    {
        var needs = NeedsOf(perLesion.Body);
        var test = new Compiled<Func<LesionView, PatientView, object, bool>>(Expression.Lambda<Func<LesionView, PatientView, object, bool>>(WithDerived(perLesion.Body), perLesion.Parameters[0], _p, _object));
        return new LesionCondition(all, needs.Intersect(LesionFacts), needs.Except(LesionFacts), test);
    }

    private LeafCondition Leaf(Expression body)
    {
        var needs = NeedsOf(body);
        return new LeafCondition(needs, new(Expression.Lambda<Func<PatientView, object, bool>>(WithDerived(body), _p, _object)));
    }

    private FactMask NeedsOf(Expression body)
    {
        var guard = new ExpressionGuard(_derivedType, _derivedIndex);
        guard.Visit(body);
        return guard.Needs;
    }

    private BlockExpression WithDerived(Expression body) =>
        Expression.Block([_d], Expression.Assign(_d, Expression.Convert(_object, _derivedType)), body);

    private static IEnumerable<Expression> Flatten(Expression node, ExpressionType type) =>
        node is BinaryExpression b && b.NodeType == type ? Flatten(b.Left, type).Concat(Flatten(b.Right, type)) : [node];

    private (LambdaExpression Lambda, ExpressionGuard Guard)? Parse(string expression, Type returnType, string file, int line, string id)
    {
        if (expression.Length == 0)
        {
            return null;
        }

        LambdaExpression lambda;
        try
        {
            var parsed = _parser.Parse(expression, [_p, _d], returnType);
            lambda = parsed as LambdaExpression ?? Expression.Lambda(parsed, _p, _d);
        }
        catch (ParseException e)
        {
            _errors.Add(new RuleSetError(file, line, id, $"expression error at position {e.Position + 1}: {e.Message}\n      {expression}\n      {new string(' ', Math.Max(0, e.Position))}^",
                "check the spelling of facts (see docs/rule-authoring.md) and that words are in double quotes"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            _errors.Add(new RuleSetError(file, line, id, $"expression error: {e.Message}", "the expression must give " + Describe(returnType)));
            return null;
        }

        var guard = new ExpressionGuard(_derivedType, _derivedIndex);
        guard.Visit(lambda);
        foreach (var problem in guard.Problems.Distinct(StringComparer.Ordinal))
        {
            var hint = problem.EndsWith("never holds", StringComparison.Ordinal)
                ? "use one of the words listed, in double quotes (crlm rules facts lists every fact's words)"
                : "rules may read only the patient facts and derived facts";
            _errors.Add(new RuleSetError(file, line, id, problem, hint));
        }

        return guard.Problems.Count == 0 ? (lambda, guard) : null;
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

    private static T Compile<T>(Expression<T> lambda)
        where T : Delegate => Compiled<T>.Compile(lambda);

    /// <summary>RulesEngine settings with its unsafe defaults closed (rulesengine-notes.md); the benchmarks use the same.</summary>
    internal static ReSettings EngineSettings(bool fastCompiler) => new()
    {
        CustomTypes = [],
        AutoRegisterInputType = false,
        IsExpressionCaseSensitive = true,
        EnableFormattedErrorMessage = false,
        AutoExecuteActions = false,
        UseFastExpressionCompiler = fastCompiler,
    };

    internal static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    internal static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    internal static Type ClrType(string type) => type switch
    {
        "integer" => typeof(int),
        "number" => typeof(double),
        "boolean" => typeof(bool),
        _ => typeof(string),
    };

    private static string Describe(Type type) =>
        type == typeof(bool) ? "true or false" : type == typeof(string) ? "a word" : type == typeof(int) ? "a whole number" : "a number";

    private sealed class LesionListFinder : ExpressionVisitor
    {
        private bool _found;

        public static bool Finds(Expression body)
        {
            var finder = new LesionListFinder();
            finder.Visit(body);
            return finder._found;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            _found |= node.Member.Name == nameof(LiverView.Lesions) && node.Member.DeclaringType == typeof(LiverView);
            return base.VisitMember(node);
        }
    }
}
