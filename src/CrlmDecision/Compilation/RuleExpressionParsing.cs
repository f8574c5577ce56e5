using System.Collections;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;

namespace CrlmDecision.Compilation;

/// <summary>
/// How Dynamic LINQ parses a rule or derived-fact expression: case-sensitive, and with a fixed set of types
/// whose static methods an expression may name (<see cref="Enumerable"/>, what it derives from and
/// <see cref="IEnumerable"/>); <see cref="ExpressionGuard"/> then allows only the listed members of those.
/// </summary>
/// <remarks>
/// Dynamic LINQ's default type provider scans every loaded assembly for <c>[DynamicLinqType]</c> types (tens of
/// milliseconds at a cold start, for no type we use), and its table of System enums costs ~50 ms on the first
/// parse for names such as <c>MidpointRounding.ToEven</c> that no rule needs: both are off.
/// </remarks>
internal static class RuleExpressionParsing
{
    /// <summary>The parsing configuration of every rule expression. Read-only after initialisation.</summary>
    public static ParsingConfig Config { get; } = new()
    {
        CustomTypeProvider = new FixedTypeProvider(),
        IsCaseSensitive = true,
        SupportEnumerationsFromSystemNamespace = false,
    };

    /// <summary><see cref="Enumerable"/>, its base types and interfaces, and <see cref="IEnumerable"/>.</summary>
    internal static HashSet<Type> CustomTypes()
    {
        var types = new HashSet<Type> { typeof(Enumerable) };
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

    private sealed class FixedTypeProvider() : DefaultDynamicLinqCustomTypeProvider(ParsingConfig.Default, cacheCustomTypes: true)
    {
        private readonly HashSet<Type> _types = CustomTypes();

        public override HashSet<Type> GetCustomTypes() => _types;
    }
}
