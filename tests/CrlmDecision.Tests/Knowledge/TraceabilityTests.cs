namespace CrlmDecision.Tests.Knowledge;

/// <summary>docs/knowledge/traceability.md and the rule set name each other consistently.</summary>
public sealed class TraceabilityTests
{
    [Fact]
    public void Table_EveryNamedRule_ExistsInTheRuleSet()
    {
        var ids = KnowledgeBase.RuleSet.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var unknown = TraceabilityTable.Load()
            .SelectMany(row => row.Rules.Where(id => !ids.Contains(id)).Select(id => $"{row.Statement} names {id}"))
            .ToArray();

        Assert.Empty(unknown);
    }

    [Fact]
    public void RuleSet_EveryRuleSection_IsATableSection()
    {
        var sections = TraceabilityTable.Load().Select(row => row.Section).ToHashSet(StringComparer.Ordinal);

        var missing = KnowledgeBase.RuleSet.Rules.Where(r => !sections.Contains(r.Section))
            .Select(r => $"{r.Id} cites section {r.Section}, which has no row in the traceability table")
            .ToArray();

        Assert.Empty(missing);
    }

    [Fact]
    public void RuleSet_EveryRule_IsListedUnderItsOwnSection()
    {
        var rows = TraceabilityTable.Load();

        var unlisted = KnowledgeBase.RuleSet.Rules
            .Where(r => !rows.Any(row => row.Section == r.Section && row.Rules.Contains(r.Id, StringComparer.Ordinal)))
            .Select(r => $"{r.Id} (section {r.Section})")
            .ToArray();

        Assert.Empty(unlisted);
    }

    [Fact]
    public void Table_CoversEveryEncodedSectionOfTheReview()
    {
        var sections = TraceabilityTable.Load().Select(row => row.Section).ToHashSet(StringComparer.Ordinal);

        string[] required = ["2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.2.1", "2.2.2", "2.2.3", "2.3", "2.4", "3.2", "4"];

        Assert.All(required, s => Assert.Contains(s, sections));
    }

    [Fact]
    public void Parse_TableWithRulesColumn_ReadsSectionsAndIds()
    {
        const string markdown = """
            # T
            | Statement | Section | Paraphrase | Rules |
            |---|---|---|---|
            | S-1 | 2.1.1 | text | RES-001, RES-002 |
            | S-2 | 2.4 | text | HAI-003 |

            | Statement | Section | Reason |
            |---|---|---|
            | S-3 | 3.1 | future research |
            """;

        var rows = TraceabilityTable.Parse(markdown);

        Assert.Equal(2, rows.Count);
        Assert.Equal("2.1.1", rows[0].Section);
        Assert.Equal(["RES-001", "RES-002"], rows[0].Rules);
        Assert.Equal(["HAI-003"], rows[1].Rules);
    }
}
