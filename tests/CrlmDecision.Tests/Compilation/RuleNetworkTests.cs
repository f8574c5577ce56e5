using CrlmDecision.Tests.Cli;
using CrlmDecision.Tests.Support;
using NRules;
using NRules.Diagnostics;

namespace CrlmDecision.Tests.Compilation;

/// <summary>The rule set as NRules runs it: one NRules rule per rule and per derived fact, in one network.</summary>
public sealed class RuleNetworkTests
{
    private static readonly RuleSet Released = RuleSet.LoadEmbedded();

    [Fact]
    public void SessionFactory_ReleasedRuleSet_OneNRulesRulePerRuleAndDerivedFactNamedByItsId()
    {
        var names = RuleNodes(Released.Compiled.Sessions).SelectMany(n => n.Rules).Select(r => r.Name).ToArray();

        var expected = Released.Rules.Select(r => r.Id).Concat(Released.DerivedFacts.Select(d => d.Name)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SessionFactory_RuleDefinitions_CarryTextOptionEffectAndEvidence()
    {
        var definition = RuleNodes(Released.Compiled.Sessions).SelectMany(n => n.Rules).Single(r => r.Name == "RES-001");
        var yaml = Released.Rules.Single(r => r.Id == "RES-001");

        Assert.Contains(yaml.Title, definition.Description, StringComparison.Ordinal);
        Assert.Contains("resection", definition.Tags);
        Assert.Contains(definition.Properties, p => p.Name == "effect" && (string)p.Value! == nameof(CrlmDecision.RuleModel.RuleEffect.Recommend));
        Assert.Contains(definition.Properties, p => p.Name == "evidence" && (string)p.Value! == nameof(CrlmDecision.RuleModel.EvidenceLevel.Guideline));
    }

    [Fact]
    public void SessionFactory_RuleReadingDerivedFact_JoinsTheDerivedFactInTheNetwork()
    {
        // RES-001 reads d.Resectability: its rule node is reached from the DerivedFact selection for that name.
        var schema = Released.Compiled.Sessions.GetSchema();
        var selection = schema.Nodes.Single(n => n.NodeType == NodeType.Selection && n.OutputType == typeof(CrlmDecision.Compilation.DerivedFact)
            && n.Expressions.Any(e => e.Value.Body.ToString().Contains("\"resectability\"", StringComparison.Ordinal)));

        Assert.Contains("RES-001", Downstream(schema, selection).SelectMany(n => n.Rules).Select(r => r.Name));
    }

    [Fact]
    public void WriteNetwork_DotAndMermaid_EveryRuleOnceAndTheSameTextEachTime()
    {
        var dot = Released.WriteNetwork();
        var mermaid = Released.WriteNetwork(mermaid: true);

        Assert.StartsWith("digraph network {", dot, StringComparison.Ordinal);
        Assert.StartsWith("flowchart LR", mermaid, StringComparison.Ordinal);
        Assert.Equal(dot, Released.WriteNetwork());
        foreach (var id in Released.Rules.Select(r => r.Id))
        {
            Assert.Single(dot.Split('\n'), line => line.Contains($"\"rule {id}\"", StringComparison.Ordinal));
            Assert.Single(mermaid.Split('\n'), line => line.Contains($"\"rule {id}\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RulesGraph_Cli_PrintsTheNetworkOfTheChosenVersion()
    {
        var (code, output, error) = Crlm.Run("rules", "graph", "--rules-version", Released.Version, "--format", "mermaid");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(Released.WriteNetwork(mermaid: true), output);
    }

    [Fact]
    public void RuleAuthoringGuide_GraphExcerpt_IsPartOfTheCurrentNetwork()
    {
        var guide = File.ReadAllText(Repository.Path_("docs", "rule-authoring.md"));
        var start = guide.IndexOf("```mermaid\n", StringComparison.Ordinal);
        var excerpt = guide[(start + "```mermaid\n".Length)..guide.IndexOf("\n```", start + 1, StringComparison.Ordinal)].Split('\n');
        var network = Released.WriteNetwork(mermaid: true).Split('\n').ToHashSet(StringComparer.Ordinal);

        Assert.True(start >= 0, "docs/rule-authoring.md shows no mermaid excerpt of crlm rules graph");
        Assert.All(excerpt, line => Assert.Contains(line, network));
    }

    private static IEnumerable<ReteNode> RuleNodes(ISessionFactory sessions) => sessions.GetSchema().Nodes.Where(n => n.NodeType == NodeType.Rule);

    private static HashSet<ReteNode> Downstream(ReteGraph schema, ReteNode start)
    {
        var seen = new HashSet<ReteNode>();
        var queue = new Queue<ReteNode>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var link in schema.Links.Where(l => l.Source == node && seen.Add(l.Target)))
            {
                queue.Enqueue(link.Target);
            }
        }

        return seen;
    }
}
