using System.Collections;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;
using RulesEngine.HelperFunctions;

namespace CrlmDecision.RuleSets;

/// <summary>
/// Parses a rule or derived-fact expression as RulesEngine's <c>RuleExpressionParser.Parse</c> does with
/// <see cref="RuleSetCompiler.EngineSettings"/> (Dynamic LINQ's expression parser, the same case sensitivity and
/// the same custom types: RulesEngine's <c>ExpressionUtils</c>, <see cref="Enumerable"/> and what they derive
/// from, and <see cref="IEnumerable"/>), without the cold-start costs of RulesEngine's type provider.
/// </summary>
/// <remarks>
/// RulesEngine's <c>CustomTypeProvider</c> adds to those types every type marked <c>[DynamicLinqType]</c> in
/// every assembly loaded at that moment, found by <c>GetTypes()</c> over each of them: 80-145 ms of type
/// loading in a cold <c>crlm recommend</c> (docs/performance.md), for no type (none of our assemblies or
/// dependencies marks one, and <see cref="ExpressionGuard"/> would refuse a host's type anyway). This
/// provider answers the fixed set; resolving a type by name (casts, <c>new</c>) still searches as before.
/// Dynamic LINQ's table of System enums is off (<see cref="ParsingConfig.SupportEnumerationsFromSystemNamespace"/>):
/// built on the first parameter name by <c>GetTypes()</c> over CoreLib, System.Private.Xml and three more
/// assemblies (~50 ms cold), it only let names such as <c>MidpointRounding.ToEven</c> resolve, which no rule
/// needs (the documented grammar has none, and the allowed string methods take only strings).
/// </remarks>
internal sealed class RuleExpressionParsing
{
    private readonly ParsingConfig _config;

    public RuleExpressionParsing(RulesEngine.Models.ReSettings settings)
    {
        _config = new ParsingConfig
        {
            CustomTypeProvider = new FixedTypeProvider(settings.CustomTypes),
            IsCaseSensitive = settings.IsExpressionCaseSensitive,
            SupportEnumerationsFromSystemNamespace = false,
        };
    }

    /// <summary>The parsed body; a syntax or type error throws <see cref="System.Linq.Dynamic.Core.Exceptions.ParseException"/>.</summary>
    public Expression Parse(string expression, ParameterExpression[] parameters, Type returnType) =>
        new ExpressionParser(parameters, expression, [], _config).Parse(returnType, true);

    /// <summary>The custom types RulesEngine's <c>CustomTypeProvider</c> gives for <paramref name="customTypes"/>, less the assembly scan.</summary>
    internal static HashSet<Type> CustomTypesOf(Type[]? customTypes)
    {
        var types = new HashSet<Type>(customTypes ?? []) { typeof(ExpressionUtils), typeof(Enumerable) };
        var queue = new Queue<Type>(types);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (type.BaseType is { } baseType && types.Add(baseType))
            {
                queue.Enqueue(baseType);
            }

            foreach (var face in type.GetInterfaces())
            {
                if (types.Add(face))
                {
                    queue.Enqueue(face);
                }
            }
        }

        types.Add(typeof(IEnumerable));
        return types;
    }

    private sealed class FixedTypeProvider(Type[]? customTypes) : DefaultDynamicLinqCustomTypeProvider(ParsingConfig.Default, cacheCustomTypes: true)
    {
        private readonly HashSet<Type> _types = CustomTypesOf(customTypes);

        public override HashSet<Type> GetCustomTypes() => _types;
    }
}
