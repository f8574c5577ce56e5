using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.RuleModel;

/// <summary>Loading refuses every broken rule set at once, naming file, line, rule and problem.</summary>
public sealed class RuleSetLoadTests : IDisposable
{
    private readonly RuleSetCopy _copy = RuleSetCopy.OfFixture("Minimal");

    private string Dir => _copy.Directory;

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Load_Fixture_CompilesEveryRule()
    {
        var set = RuleSet.Load(Dir);

        Assert.Equal(["RES-001", "RES-002"], set.Rules.Select(r => r.Id));
        Assert.Equal(64, set.Sha256.Length);
        Assert.Empty(set.Warnings);
    }

    [Fact]
    public void Load_ShippedRuleSet_CompilesAndEveryRuleCitesResolvingKeys()
    {
        var set = RuleSet.Load(Repository.RuleSet());

        Assert.NotEmpty(set.Rules);
        Assert.All(set.Rules, r => Assert.All(r.Cite, key => Assert.True(set.Citations.Any(c => c.Key == key), $"{r.Id} cites {key}")));
        Assert.Equal(RuleSet.LoadEmbedded().Sha256, set.Sha256); // the folder's newest released version is the one embedded as default
    }

    [Theory]
    [InlineData("p.Liver.R0ResectionFeasibl == \"yes\"", "expression error at position")]
    [InlineData("p.Liver.R0ResectionFeasible == \"maybe\"", "'maybe' is not a value of liver.r0ResectionFeasible")]
    [InlineData("p.Ecog", "expression error")]
    public void Load_BadExpression_NamesFileLineRuleAndProblem(string expression, string problem)
    {
        Rewrite("p.Liver.R0ResectionFeasible == \"yes\" && d.LesionCount < 5", expression);

        var error = Assert.Single(Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors, e => !e.IsWarning);

        Assert.Equal("rules/main.yaml", error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal("RES-001", error.RuleId);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReflectionInExpression_IsRefusedNamingTheMember()
    {
        Rewrite("p.Liver.R0ResectionFeasible == \"yes\" && d.LesionCount < 5", "p.GetType().Assembly.FullName != \"\"");

        var errors = Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors;

        Assert.All(errors, e => Assert.Equal("RES-001", e.RuleId));
        Assert.Contains(errors, e => e.Message.Contains("forbidden member Object.GetType", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownCitation_IsAnError()
    {
        Rewrite("cite: [review, ref1]\n  - id: RES-002", "cite: [review, ref99]\n  - id: RES-002");

        var error = Assert.Single(Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors, e => !e.IsWarning);

        Assert.Equal("RES-001", error.RuleId);
        Assert.Contains("'ref99'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuleCitingOnlyTheReview_LoadsWithAWarning()
    {
        Rewrite("cite: [review, ref1]\n  - id: RES-002", "cite: [review]\n  - id: RES-002");

        var set = RuleSet.Load(Dir);

        var warning = Assert.Single(set.Warnings, w => w.RuleId == "RES-001");
        Assert.Contains("no numbered reference", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateId_IsAnErrorNamingTheFirst()
    {
        Rewrite("id: RES-002", "id: RES-001");

        var error = Assert.Single(Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors, e => !e.IsWarning);

        Assert.Contains("duplicate rule id (first defined at rules/main.yaml:2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_AreAllReported()
    {
        Rewrite("id: RES-002", "id: RES-001");
        Rewrite("effect: advise-against", "effect: forbid");
        Rewrite("d.LesionCount < 5", "d.LesionCnt < 5");

        var errors = Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors.Where(e => !e.IsWarning).ToArray();

        Assert.Equal(3, errors.Length);
    }

    [Fact]
    public void Load_UnknownKey_IsAnError()
    {
        Rewrite("section: \"2.1.2\"", "sectoin: \"2.1.2\"");

        var errors = Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors;

        Assert.Contains(errors, e => e.Message.Contains("unknown field 'sectoin'", StringComparison.Ordinal) && e.Line == 15 && e.RuleId == "RES-002");
    }

    [Fact]
    public void Load_ContentShaPinMismatch_FailsTheLoad()
    {
        File.AppendAllText(Path.Combine(Dir, "manifest.yaml"), "contentSha256: " + new string('0', 64) + "\n");

        var error = Assert.Single(Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors);

        Assert.Contains("changed after it was sealed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DerivedFactsInACycle_AreRefused()
    {
        File.WriteAllText(Path.Combine(Dir, "derived.yaml"), """
            derived:
              - name: a
                type: integer
                expression: d.B + 1
                description: A.
              - name: b
                type: integer
                expression: d.A + 1
                description: B.
              - name: lesionCount
                type: integer
                expression: p.Liver.Lesions.Count()
                description: Count.
            """);

        var error = Assert.Single(Assert.Throws<RuleSetException>(() => RuleSet.Load(Dir)).Errors);

        Assert.Contains("cycle: a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    private void Rewrite(string from, string to)
    {
        var path = Path.Combine(Dir, "rules", "main.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
