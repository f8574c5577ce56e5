using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;
using CsCheck;

namespace CrlmDecision.Tests.Safety;

/// <summary>Risk controls of docs/safety/hazard-log.md not covered by the invariant and hostile-input tests.</summary>
public sealed class HazardControlTests
{
    private const int Patients = 2_000;

    [Fact]
    public void Recommend_UnknownFitness_ResectionNotRecommendedAndFactsListed()
    {
        var known = FactsReader.ReadFile(Repository.Path_("docs", "examples", "resectable-solitary.yaml"));
        var unknown = known with { Ecog = null, FitForMajorSurgery = YesNo.Unknown };

        var report = SharedEngine.Current.Recommend(unknown);

        Assert.NotEqual(Strength.Recommended, report.Options.Single(o => o.Option == TreatmentOption.Resection).Strength);
        Assert.Contains(report.MissingFacts, m => m.Fact == "ecog");
        Assert.Contains(report.MissingFacts, m => m.Fact == "fitForMajorSurgery");
    }

    [Fact]
    public void Recommend_OptionNotOfferedAtCentre_StillRankedWithReferCaution()
    {
        var known = FactsReader.ReadFile(Repository.Path_("docs", "examples", "resectable-solitary.yaml"));
        var offered = SharedEngine.Current.Recommend(known);
        var elsewhere = known with { Centre = known.Centre! with { Available = [TreatmentOption.Ablation, TreatmentOption.Sbrt] } };

        var report = SharedEngine.Current.Recommend(elsewhere);

        // The option is neither hidden nor demoted: same rank and strength as where it is offered...
        var resection = report.Options.Single(o => o.Option == TreatmentOption.Resection);
        var before = offered.Options.Single(o => o.Option == TreatmentOption.Resection);
        Assert.Equal((before.Rank, before.Strength), (resection.Rank, resection.Strength));
        // ...and the report says it is not offered here, for each option the centre lacks, and only those.
        Assert.Contains(resection.Cautions, c => c.RuleId == "GEN-011" && c.Text.Contains("refer", StringComparison.Ordinal));
        Assert.DoesNotContain(offered.Options.SelectMany(o => o.Cautions), c => c.RuleId is "GEN-011" or "GEN-012" or "GEN-013");
        Assert.DoesNotContain(report.Options.Single(o => o.Option == TreatmentOption.Ablation).Cautions, c => c.RuleId == "GEN-012");
    }

    [Fact]
    public void Recommend_ContradictoryAlwaysRecommendRuleAdded_ExclusionsStillWin()
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);
        File.Copy(SharedEngine.Fixtures("HostileRules", "contradiction.yaml"), copy.PathOf(Path.Combine("rules", "zz-contradiction.yaml")));
        var engine = new CrlmDecisionEngine(RuleSet.Load(copy.Directory));

        PatientGenerators.Patient.Sample(f =>
        {
            var report = engine.Recommend(f);
            return (ClinicalInvariants.UnfitNotRecommendedResection(f, report) ?? ClinicalInvariants.R0NotFeasibleNotRecommended(f, report)
                ?? ClinicalInvariants.ExtrahepaticDiseaseNotTreatedLocally(f, report)) is null;
        }, iter: Patients);
    }

    [Fact]
    public void Load_SuppressionChain_RefusedNamingTheRule()
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);
        File.Copy(SharedEngine.Fixtures("HostileRules", "suppression-chain.yaml"), copy.PathOf(Path.Combine("rules", "zz-chain.yaml")));

        var refused = Assert.Throws<RuleSetException>(() => RuleSet.Load(copy.Directory));

        Assert.Contains(refused.Errors, e => e.RuleId == "HOS-051" && e.Message.Contains("chains", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_RuleFailsAtRunTime_ShownAsErrorAndCautionNeverSilent()
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);
        File.Copy(SharedEngine.Fixtures("HostileRules", "runtime-error.yaml"), copy.PathOf(Path.Combine("rules", "zz-runtime-error.yaml")));
        var engine = new CrlmDecisionEngine(RuleSet.Load(copy.Directory));
        var facts = FactsReader.ReadFile(Repository.Path_("docs", "examples", "resectable-solitary.yaml"));

        var report = engine.Recommend(facts);

        var resection = report.Options.Single(o => o.Option == TreatmentOption.Resection);
        Assert.Contains(report.Rules, r => r.RuleId == "HOS-040" && r.Status == RuleStatus.Error && r.Detail is { Length: > 0 });
        Assert.Contains(resection.Cautions, c => c.RuleId == "HOS-040");
        Assert.NotEqual(Strength.Recommended, resection.Strength);
    }

    [Fact]
    public void Recommend_GeneratedPatients_UnassessedOptionNeverShownAsNotAdvised()
    {
        var rules = SharedEngine.Current.RuleSet.Rules;
        var deciding = rules.Select(r => r.Effect is RuleEffect.Recommend or RuleEffect.Consider or RuleEffect.AdviseAgainst).ToArray();
        PatientGenerators.Patient.Sample(f =>
        {
            var report = SharedEngine.Current.Recommend(f);
            foreach (var o in report.Options)
            {
                var mine = Enumerable.Range(0, rules.Count).Where(i => deciding[i] && rules[i].Target.Options.Contains(o.Option)).ToArray();
                var fired = mine.Any(i => report.Rules[i].Status == RuleStatus.Fired);
                var open = mine.Where(i => report.Rules[i].Status is RuleStatus.NotEvaluable or RuleStatus.Error).Select(i => rules[i].Id).ToArray();
                var expectNotAssessable = !fired && open.Length > 0;
                if (expectNotAssessable != (o.Strength == Strength.NotAssessable))
                {
                    return false;
                }

                // Not assessable: one reason per open deciding rule, naming its missing facts, none repeated as a caution,
                // ranked after every assessable option; never the manifest's "no rule supports it".
                if (expectNotAssessable && (!o.Reasons.Select(r => r.RuleId).SequenceEqual(open) || o.Reasons.Any(r => r.MissingFacts is null)
                    || o.Cautions.Any(c => open.Contains(c.RuleId)) || report.Options.Any(other => other.Rank > o.Rank && other.Strength != Strength.NotAssessable)))
                {
                    return false;
                }
            }

            return true;
        }, iter: Patients);
    }

    [Fact]
    public void Recommend_AnyPatient_ReportShowsDisclaimerRuleSetAndEveryRule()
    {
        var engine = SharedEngine.Current;
        var ruleIds = engine.RuleSet.Rules.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();

        PatientGenerators.Patient.Sample(f =>
        {
            var report = engine.Recommend(f);
            return report.Disclaimer.Length > 0
                && report.Disclaimer == engine.RuleSet.Disclaimer
                && report.RuleSet == new RuleSetIdentity(engine.RuleSet.Id, engine.RuleSet.Version, engine.RuleSet.Sha256)
                && report.Rules.Select(r => r.RuleId).Order(StringComparer.Ordinal).SequenceEqual(ruleIds);
        }, iter: Patients);
    }
}
