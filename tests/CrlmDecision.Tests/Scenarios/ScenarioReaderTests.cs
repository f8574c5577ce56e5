using CrlmDecision.Facts;
using CrlmDecision.RuleModel;
using CrlmDecision.Scenarios;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Scenarios;

/// <summary>A scenario's facts are read as a document and validated, with their lines, when the scenario is evaluated.</summary>
public sealed class ScenarioReaderTests
{
    [Fact]
    public void Read_OutOfRangeFacts_RefusedByRecommendWithScenarioFileAndLine()
    {
        using var folder = new TempDirectory("crlm-scenario");
        var facts = TestFacts.Replace("ecog:", "ecog: 9");
        var text = "description: out of range\nfacts:\n" + string.Concat(facts.Split('\n').Select(l => "  " + l + "\n"));
        var file = Path.Combine(folder.Path, "bad.yaml");
        File.WriteAllText(file, text);
        var scenario = ScenarioReader.Read(file);
        var engine = new CrlmDecisionEngine(RuleSet.Load(Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures", "Minimal")));

        var refused = Assert.Throws<InvalidFactsException>(() => engine.Recommend(scenario.Document));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("ecog", error.Path);
        Assert.Equal(TestFacts.LineOf(text, "ecog: 9"), error.Line);
        Assert.Equal(file, refused.Source);
    }
}
