using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Scenarios;
using CrlmDecision.Tests.Safety;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.ReportContract;

/// <summary>Patients of the current rule set's scenarios, and their reports, for the report tests.</summary>
internal static class ReportFacts
{
    /// <summary>The facts of scenario <paramref name="name"/> of the current rule set.</summary>
    public static PatientFacts Scenario(string name) =>
        ScenarioReader.Read(Path.Combine(Repository.RuleSet(), "scenarios", name + ".yaml")).Facts;

    /// <summary>The current rule set's report for scenario <paramref name="name"/>.</summary>
    public static RecommendationReport Report(string name) => SharedEngine.Current.Recommend(Scenario(name));

    public static RankedOption Option(this RecommendationReport report, TreatmentOption option) => report.Options.Single(o => o.Option == option);
}
