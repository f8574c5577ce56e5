using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.ReportContract;

/// <summary>
/// The manifest's optional noLocalOption sentence: validated at load like an option's noIndication, shown first
/// among the notes when no option is recommended or consider; the sealed released manifests load without it.
/// </summary>
public sealed class NoLocalOptionTests : IDisposable
{
    private const string Sentence = """
        noLocalOption:
          text: >-
            No local liver treatment is advised for these facts; the MDT decides on systemic therapy or best
            supportive care (review 2.1.1).
          cite: [review, ref1]
        """;

    // 1.0.1: the newest release without a noLocalOption of its own (1.1.0 has one).
    private readonly RuleSetCopy _copy = RuleSetCopy.Of(Repository.RuleSet("1.0.1"), unpin: false);

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Recommend_NoOptionOnTheTable_NoLocalOptionNoteFirstAndCited()
    {
        var engine = new CrlmDecisionEngine(RuleSet.Load(WithManifestLines(Sentence)));

        var report = engine.Recommend(ReportFacts.Scenario("ecog4-refractory-liver-only"));

        Assert.DoesNotContain(report.Options, o => o.Strength is Strength.Recommended or Strength.Consider);
        var note = report.Notes[0];
        Assert.Equal("manifest:noLocalOption", note.RuleId);
        Assert.StartsWith("No local liver treatment is advised", note.Text, StringComparison.Ordinal);
        Assert.Equal(["review", "ref1"], note.Citations);
        Assert.All(note.Citations, key => Assert.True(report.Citations.ContainsKey(key)));
        Assert.Single(report.Notes, n => n.RuleId == "manifest:noLocalOption");
        Assert.Contains("## Notes\n\n- No local liver treatment is advised", ReportMarkdown.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_OnlyNotAssessableAndNotAdvised_NoLocalOptionNoteShown()
    {
        var engine = new CrlmDecisionEngine(RuleSet.Load(WithManifestLines(Sentence)));

        var report = engine.Recommend(ReportFacts.Scenario("extrahepatic-staging-incomplete"));

        Assert.Contains(report.Options, o => o.Strength == Strength.NotAssessable);
        Assert.Equal("manifest:noLocalOption", report.Notes[0].RuleId);
    }

    [Fact]
    public void Recommend_SomeOptionRecommended_NoNoLocalOptionNote()
    {
        var engine = new CrlmDecisionEngine(RuleSet.Load(WithManifestLines(Sentence)));

        var report = engine.Recommend(TestFacts.Valid());

        Assert.Equal(Strength.Recommended, report.Options[0].Strength);
        Assert.DoesNotContain(report.Notes, n => n.RuleId == "manifest:noLocalOption");
    }

    [Fact]
    public void Load_NoLocalOptionWithoutText_RefusedNamingTheField()
    {
        var refused = Assert.Throws<RuleSetException>(() => RuleSet.Load(WithManifestLines("noLocalOption:\n  cite: [review]")));

        Assert.Contains(refused.Errors, e => e.File == RuleSetFile.Manifest && e.ToString().Contains("noLocalOption.text", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NoLocalOptionCitingUnknownKey_Refused()
    {
        var refused = Assert.Throws<RuleSetException>(() => RuleSet.Load(WithManifestLines("noLocalOption:\n  text: No local option.\n  cite: [ref999]")));

        Assert.Contains(refused.Errors, e => e.RuleId == "noLocalOption" && e.Message.Contains("'ref999'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NoLocalOptionWithoutCitation_Refused()
    {
        var refused = Assert.Throws<RuleSetException>(() => RuleSet.Load(WithManifestLines("noLocalOption:\n  text: No local option.")));

        Assert.Contains(refused.Errors, e => e.Message.Contains("at least one citation key is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.0.1")]
    public void Load_SealedReleasedManifests_LoadUnchangedWithoutNoLocalOption(string version)
    {
        var set = RuleSet.LoadEmbedded(version);

        Assert.Null(set.Definition.Manifest.NoLocalOption);
        Assert.Null(set.Parts.NoLocalOption);
        Assert.Equal(RuleSet.Load(Repository.RuleSet(version)).Sha256, set.Sha256);
    }

    // The copy's manifest with the lines added before its options (the content pin does not cover the manifest).
    private string WithManifestLines(string lines)
    {
        var manifest = _copy.PathOf(RuleSetFile.Manifest);
        var text = File.ReadAllText(manifest);
        File.WriteAllText(manifest, text.Replace("\noptions:\n", "\n" + lines.TrimEnd() + "\noptions:\n", StringComparison.Ordinal));
        return _copy.Directory;
    }
}
