using CrlmDecision.Evaluation;
using CrlmDecision.Mutation;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Scenarios;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Mutation;

/// <summary>
/// What the mutation test shares (one-rule networks, the unedited network for effect and suppresses edits) gives the
/// answers the whole edited rule set gives: each edit loaded and compiled in full and every scenario run on it.
/// </summary>
public sealed class SharedWorkTests
{
    [Fact]
    public void Judge_EveryEditOfSeveralRules_SameVerdictAsTheWholeEditedRuleSet()
    {
        var directory = Repository.RuleSet("1.1.1");
        var files = RuleSetSource.FromDirectory(directory);
        var original = RuleSet.Load(directory);
        var scenarios = ScenarioReader.Files(Path.Combine(directory, "scenarios")).Select(ScenarioReader.Read).ToArray();
        var judge = new MutantJudge(original, files, scenarios);
        var unpinned = files.Select(f => f.Path == RuleSetFile.Manifest ? f with { Text = string.Join('\n', f.Text.Split('\n').Where(l => !l.StartsWith("contentSha256:", StringComparison.Ordinal))) } : f).ToArray();
        var expected = scenarios.Select(s => Answer.Of(new CrlmDecisionEngine(original).Recommend(s.Document))).ToArray();

        var edits = MutantGenerator.Of(original.Definition, files, ["ABL-009", "RES-022", "GEN-007"]);
        Assert.Contains(edits, e => e.Mutant.Kind == MutationKind.Suppression);
        foreach (var edit in edits)
        {
            var whole = new CrlmDecisionEngine(RuleSet.FromFiles(edit.Apply(unpinned), "whole edited copy"));
            var caught = scenarios.Select((s, i) => Answer.Of(whole.Recommend(s.Document)) != expected[i]).ToArray();

            var judged = judge.Judge(edit);

            Assert.True(caught.Any(c => c) == (judged.Status == MutantStatus.Caught), $"{edit.Mutant.RuleId} {edit.Mutant.Edit}: whole set {(caught.Any(c => c) ? "caught" : "not caught")}, judged {judged.Status}");
            if (judged.Status == MutantStatus.Caught)
            {
                Assert.Equal(scenarios[Array.IndexOf(caught, true)].Name, judged.Because);
            }
        }
    }
}
