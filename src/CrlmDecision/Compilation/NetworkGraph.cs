using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using NRules;
using NRules.Diagnostics;

namespace CrlmDecision.Compilation;

/// <summary>
/// The compiled Rete network of a rule set (NRules' session-factory schema) as a Graphviz or Mermaid graph:
/// how the patient, the derived facts and the verdicts flow through shared conditions and joins into each
/// rule. Deterministic: nodes in network order, links by their ends.
/// </summary>
internal static class NetworkGraph
{
    private const int MaxLabel = 70;

    public static string Write(ISessionFactory sessions, bool mermaid)
    {
        var schema = sessions.GetSchema();
        var nodes = schema.Nodes.OrderBy(n => n.Id).ToArray();
        var links = schema.Links.Select(l => (From: l.Source.Id, To: l.Target.Id)).Distinct().OrderBy(l => l.From).ThenBy(l => l.To).ToArray();
        var text = new StringBuilder();
        text.Append(mermaid ? "flowchart LR\n" : "digraph network {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var node in nodes)
        {
            var label = Label(node);
            text.Append(mermaid
                ? string.Create(CultureInfo.InvariantCulture, $"  n{node.Id}{Open(node)}\"{label.Replace("\"", "#quot;", StringComparison.Ordinal)}\"{Close(node)}\n")
                : string.Create(CultureInfo.InvariantCulture, $"  n{node.Id} [label=\"{label.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\", shape={Shape(node)}];\n"));
        }

        foreach (var (from, to) in links)
        {
            text.Append(mermaid ? string.Create(CultureInfo.InvariantCulture, $"  n{from} --> n{to}\n") : string.Create(CultureInfo.InvariantCulture, $"  n{from} -> n{to};\n"));
        }

        return text.Append(mermaid ? "" : "}\n").ToString();
    }

    private static string Label(ReteNode node) => node.NodeType switch
    {
        NodeType.Root => "facts in",
        NodeType.Type => "type " + node.OutputType?.Name,
        NodeType.Selection when node.Expressions.Select(e => e.Value.Body).SingleOrDefault() is BinaryExpression { Right: ConstantExpression { Value: string name } }
            && node.OutputType == typeof(DerivedFact) => "derived fact " + name,
        NodeType.Selection => "if " + Clip(string.Join(" && ", node.Expressions.Select(e => Body(e.Value)))),
        NodeType.AlphaMemory => "alpha memory",
        NodeType.BetaMemory => "beta memory",
        NodeType.Join when node.Expressions.Any(e => e.Value.Parameters.Any(p => p.Type == typeof(Verdict))) =>
            "join the verdict its condition takes (true, false or not evaluable)",
        NodeType.Join => node.Expressions.Count == 0 ? "join" : "join if " + Clip(string.Join(" && ", node.Expressions.Select(e => Body(e.Value)))),
        NodeType.Rule => "rule " + string.Join(", ", node.Rules.Select(r => r.Name)),
        NodeType.Dummy => "start",
        _ => node.NodeType.ToString().ToLowerInvariant(),
    };

    private static string Body(LambdaExpression expression) => expression.Body.ToString();

    private static string Clip(string text)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxLabel ? flat : flat[..MaxLabel] + "...";
    }

    private static string Shape(ReteNode node) => node.NodeType switch
    {
        NodeType.Rule => "box, style=bold",
        NodeType.Type => "ellipse",
        NodeType.AlphaMemory or NodeType.BetaMemory => "cylinder",
        _ => "box",
    };

    private static string Open(ReteNode node) => node.NodeType switch { NodeType.Rule => "[[", NodeType.Type => "([", _ => "[" };

    private static string Close(ReteNode node) => node.NodeType switch { NodeType.Rule => "]]", NodeType.Type => "])", _ => "]" };
}
