using CrlmDecision.Cli.Output;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Safety;

namespace CrlmDecision.Tests.ReportContract;

/// <summary>Reasons an exclusion overrules, and details that wait on an unknown fact (report schemaVersion 2).</summary>
public sealed class OverruledAndPendingTests
{
    [Fact]
    public void Recommend_ExclusionFired_RecommendReasonMarkedOverruledByIt()
    {
        var resection = ReportFacts.Report("ecog3-resectable-solitary").Option(TreatmentOption.Resection);

        Assert.Equal(Strength.NotAdvised, resection.Strength);
        Assert.Equal(["RES-004", "RES-005"], Assert.Single(resection.Reasons, r => r.RuleId == "RES-001").OverruledBy);
        Assert.All(resection.Reasons.Where(r => r.RuleId is "RES-004" or "RES-005"), r => Assert.Null(r.OverruledBy));
    }

    [Fact]
    public void Recommend_NoExclusionFired_NoReasonOverruled()
    {
        var report = ReportFacts.Report("resectable-solitary");

        Assert.All(report.Options.SelectMany(o => o.Reasons), r => Assert.Null(r.OverruledBy));
    }

    [Fact]
    public void Write_OverruledReason_MarkdownAndTableSayOverruledBy()
    {
        var report = ReportFacts.Report("ecog3-resectable-solitary");

        Assert.Contains("\n- **Overruled by RES-004, RES-005:** Both R0 resection", ReportMarkdown.Write(report), StringComparison.Ordinal);
        Assert.Contains("\n  - Overruled by RES-004, RES-005: Both R0 resection", ReportTable.Write(report), StringComparison.Ordinal);
        Assert.DoesNotContain("\n  + Both R0 resection", ReportTable.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_RasUnknownAblationConsidered_MarginOfRasRulePending()
    {
        var facts = ReportFacts.Scenario("unfit-small-solitary-lesion-ablation");
        var report = SharedEngine.Current.Recommend(facts with { Molecular = facts.Molecular with { Ras = RasStatus.Unknown } });

        var ablation = report.Option(TreatmentOption.Ablation);

        Assert.Equal(5m, Convert.ToDecimal(ablation.Details["marginMm"], System.Globalization.CultureInfo.InvariantCulture));
        var pending = Assert.Single(ablation.PendingDetails);
        Assert.Equal(("marginMm", 10m, "ABL-006"), (pending.Key, Convert.ToDecimal(pending.Value, System.Globalization.CultureInfo.InvariantCulture), pending.RuleId));
        Assert.Equal(["molecular.ras"], pending.MissingFacts);
        Assert.Contains("marginMm=5, modality=rfa-or-mwa; marginMm=10 if ABL-006 applies — molecular.ras unknown", ReportText.Details(ablation), StringComparison.Ordinal);
        Assert.Contains("marginMm=10 if ABL-006 applies", Flat(ReportTable.Write(report)), StringComparison.Ordinal); // wrapped in the table
        Assert.Contains("marginMm=10 if ABL-006 applies", ReportMarkdown.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_RasKnown_NothingPending()
    {
        var report = ReportFacts.Report("unfit-small-solitary-lesion-ablation");

        Assert.All(report.Options, o => Assert.Empty(o.PendingDetails));
    }

    [Fact]
    public void Recommend_UnknownRas_PendingOnlyWhereTheRuleWouldWinOrSetAnAbsentKey()
    {
        var report = ReportFacts.Report("unknown-ras-status");
        var resection = report.Option(TreatmentOption.Resection);
        var rules = SharedEngine.Current.RuleSet.Rules.ToDictionary(r => r.Id);

        // RES-011 (RAS-mutant: anatomical, 7 mm) outranks the parenchymal-sparing 1 mm default, so both keys are pending.
        Assert.Equal(["marginMm", "technique"], resection.PendingDetails.Select(p => p.Key));
        Assert.All(resection.PendingDetails, p => Assert.Equal("RES-011", p.RuleId));
        Assert.All(resection.PendingDetails, p => Assert.NotEqual(resection.Details[p.Key], p.Value));
        Assert.All(report.Options.Where(o => o.Strength is Strength.NotAdvised or Strength.NotAssessable), o => Assert.Empty(o.PendingDetails));
        Assert.All(report.Options.SelectMany(o => o.PendingDetails), p => Assert.NotEqual(RuleEffect.AdviseAgainst, rules[p.RuleId].Effect));
    }

    // The table wraps its cells to the width: read it as one line.
    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
