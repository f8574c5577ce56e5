using CrlmDecision.Cli.Authoring;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Cli;

/// <summary>The generated documents in docs/ are current, and the generators are deterministic.</summary>
public sealed class GeneratedDocsTests
{
    [Fact]
    public void FactsTable_InRuleAuthoringGuide_EqualsGeneratedFromFactCatalog()
    {
        var guide = File.ReadAllText(Repository.Path_("docs", "rule-authoring.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = guide.IndexOf(FactsTable.BeginMarker, StringComparison.Ordinal);
        var end = guide.IndexOf(FactsTable.EndMarker, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "docs/rule-authoring.md lacks the facts-table markers");

        var table = guide[(begin + FactsTable.BeginMarker.Length)..end].Trim('\n') + "\n";

        Assert.True(table == FactsTable.Write(), "the facts table in docs/rule-authoring.md is out of date: replace the text between the markers with the output of `dotnet run --project src/CrlmDecision.Cli -- rules facts`");
    }

    [Fact]
    public void RuleCatalogue_Fixture_DeterministicWithDoiLinksWordsAndTrials()
    {
        var first = RuleCatalogue.Write(RuleSet.Load(Fixtures.Version("1.0.0")));
        var second = RuleCatalogue.Write(RuleSet.Load(Fixtures.Version("1.0.0")));

        Assert.Equal(first, second);
        Assert.Contains("[doi:10.1000/fixture.ref1](https://doi.org/10.1000/fixture.ref1)", first, StringComparison.Ordinal);
        Assert.Contains("- `liver.r0ResectionFeasible` is \"yes\"\n- `liver.futureLiverRemnantPercent` > 30\n", first, StringComparison.Ordinal);
        Assert.Contains("### allSmall", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p.Ecog < 2", "one", "`ecog` < 2")]
    [InlineData("d.LesionCount >= 3 && (p.Ras == \"a && b\" || p.Ecog != 1)", "all", "`ras` is \"a && b\" or `ecog` is not 1")]
    [InlineData("p.Liver.Lesions.Any(l => l.DiameterMm > 30) || d.Big", "any", "`liver.lesions`.Any(l => l.diameterMm > 30)")]
    public void ExpressionWords_Render_SplitsTopLevelAndNamesFacts(string expression, string join, string condition)
    {
        var (actualJoin, conditions) = ExpressionWords.Render(expression);

        Assert.Equal(join, actualJoin);
        Assert.Contains(condition, conditions);
    }
}
