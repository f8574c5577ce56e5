using System.ComponentModel;
using System.Reflection;
using CrlmDecision.Facts;

namespace CrlmDecision.Facts;

/// <summary>
/// Every fact an expression can read, found by reflection over <see cref="PatientView"/> once, so the
/// catalogue, the unknown-fact tracking and the rule-authoring documentation cannot drift from the types.
/// </summary>
public static class FactCatalog
{
    private static readonly (FactPath Fact, PropertyInfo Property)[] Entries = Build();

    private static readonly Dictionary<PropertyInfo, FactPath> ByProperty =
        Entries.ToDictionary(e => e.Property, e => e.Fact);

    private static readonly Dictionary<string, FactPath> ByPath =
        Entries.ToDictionary(e => e.Fact.Path, e => e.Fact, StringComparer.Ordinal);

    /// <summary>All facts, in declaration order.</summary>
    public static IReadOnlyList<FactPath> All { get; } = Entries.Select(e => e.Fact).ToArray();

    /// <summary>The view types whose members an expression may read.</summary>
    internal static IReadOnlySet<Type> ViewTypes { get; } = Entries.Select(e => e.Property.DeclaringType!).ToHashSet();

    internal static FactPath? Of(PropertyInfo property) => ByProperty.GetValueOrDefault(property);

    internal static int IndexOf(string path) => ByPath[path].Index;

    private static (FactPath, PropertyInfo)[] Build()
    {
        var entries = new List<(FactPath, PropertyInfo)>();
        Visit(typeof(PatientView), "", "p");
        return [.. entries];

        void Visit(Type type, string path, string expression)
        {
            // Declaration order (GetProperties alone does not promise one): it fixes mask bits and the missingFacts order.
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
            {
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                var factPath = path.Length == 0 ? name : path + "." + name;
                var factExpression = expression + "." + property.Name;
                if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && !IsList(property.PropertyType))
                {
                    Visit(property.PropertyType, factPath, factExpression);
                    continue;
                }

                var fact = new FactPath(factPath, factExpression, property.PropertyType,
                    property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "", KnownWords(property), entries.Count);
                entries.Add((fact, property));
                if (IsList(property.PropertyType) && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } item && item != typeof(string))
                {
                    Visit(item, factPath + "[]", "l");
                }
            }
        }
    }

    // The words a known fact can take: the enum's words without the one that means "unknown".
    private static string[] KnownWords(PropertyInfo property)
    {
        if (property.GetCustomAttribute<FactWordsAttribute>() is not { } attribute)
        {
            return [];
        }

        var all = (IReadOnlyList<string>)typeof(Words<>).MakeGenericType(attribute.WordsOf).GetProperty("All")!.GetValue(null)!;
        return all.Where(w => w is not ("unknown" or "not-tested")).ToArray();
    }

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
}
