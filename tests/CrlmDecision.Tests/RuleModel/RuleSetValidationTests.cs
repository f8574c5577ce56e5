using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.RuleModel;

/// <summary>RuleSet.Validate reports every kind of problem of a rule set at once, with file, line and id.</summary>
public sealed class RuleSetValidationTests
{
    private static readonly RuleSetValidation Broken = RuleSet.Validate(Fixtures.Broken);

    [Theory]
    [InlineData("rules/syntax.yaml", null, "not valid YAML")]
    [InlineData("rules/bad.yaml", "BAD-001", "expression error at position 24")]
    [InlineData("rules/bad.yaml", "BAD-002", "forbidden member DateTime.Now")]
    [InlineData("rules/bad.yaml", "BAD-003", "cites 'ref99', which is not in citations.yaml")]
    [InlineData("rules/bad.yaml", "BAD-004", "duplicate rule id")]
    [InlineData("rules/bad.yaml", "BAD-005", "because: is required")]
    [InlineData("rules/bad.yaml", "BAD-006", "cite: at least one citation key is required")]
    [InlineData("rules/bad.yaml", "BAD-007", "'mutnt' is not a value of molecular.ras")]
    [InlineData("rules/bad.yaml", "BAD-008", "unknown field 'colour'")]
    [InlineData("derived.yaml", "loopA", "cycle: loopA -> loopB -> loopA")]
    public void Validate_BrokenFixture_ReportsErrorWithFileLineAndId(string file, string? id, string message)
    {
        var match = Broken.Errors.Where(e => e.File == file && e.RuleId == id && e.Message.Contains(message, StringComparison.Ordinal)).ToArray();

        Assert.True(match.Length == 1, $"expected one error {file} [{id}] '{message}'; got:\n{string.Join('\n', Broken.Problems)}");
        Assert.True(match[0].Line > 0);
    }

    [Fact]
    public void Validate_BrokenFixture_UnusedCitationIsWarningAndNoRuleSet()
    {
        Assert.Contains(Broken.Warnings, w => w.RuleId == "ref2" && w.Message.Contains("no rule cites", StringComparison.Ordinal));
        Assert.Null(Broken.RuleSet);
        Assert.Equal(64, Broken.Sha256.Length);
    }

    [Fact]
    public void Validate_ValidFixture_NoProblemsAndSameHashAsLoad()
    {
        // The newest released rule set: every text in both languages, so no warning either.
        var validation = RuleSet.Validate(Repository.RuleSet());

        Assert.Empty(validation.Problems);
        Assert.Equal(RuleSet.Load(Repository.RuleSet()).Sha256, validation.Sha256);
        Assert.NotNull(validation.RuleSet);
    }

    [Theory]
    [InlineData("ref9", null, "no rule cites this entry")] // unused, no reason: a warning
    [InlineData("ref9", "Background only.", null)] // deliberately uncited, with the reason: no warning
    [InlineData("ref1", "Background only.", "marked uncited, but cited")] // the mark contradicts the rules
    public void Validate_CatalogueEntry_UncitedNeedsAReasonAndNoRule(string key, string? uncited, string? warning)
    {
        using var copy = RuleSetCopy.OfFixture("Minimal");
        var citations = Path.Combine(copy.Directory, "citations.yaml");
        var text = File.ReadAllText(citations);
        if (key != "ref1")
        {
            text += $"  - key: {key}\n    authors: \"A\"\n    title: \"T\"\n    journal: \"J\"\n    year: 2020\n";
        }

        if (uncited is not null)
        {
            text = text.Replace($"  - key: {key}\n", $"  - key: {key}\n    uncited: {uncited}\n", StringComparison.Ordinal);
        }

        File.WriteAllText(citations, text);

        var warnings = RuleSet.Validate(copy.Directory).Warnings.Where(w => w.RuleId == key).ToArray();

        if (warning is null)
        {
            Assert.Empty(warnings);
        }
        else
        {
            Assert.Contains(warnings, w => w.Message.Contains(warning, StringComparison.Ordinal) && w.File == "citations.yaml" && w.Line > 0);
        }
    }

    [Fact]
    public void Validate_NewestReleasedRuleSet_NoErrorsAndNoWarnings()
    {
        var validation = RuleSet.Validate(Repository.RuleSet());

        Assert.Empty(validation.Problems);
    }

    [Fact]
    public void Validate_MissingDirectory_ReportsInsteadOfThrowing()
    {
        var validation = RuleSet.Validate(Path.Combine(Fixtures.Versions, "no-such-version"));

        Assert.Contains(validation.Errors, e => e.Message.Contains("directory not found", StringComparison.Ordinal));
    }
}
