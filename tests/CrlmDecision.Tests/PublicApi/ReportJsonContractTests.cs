using System.Text.Json;
using System.Text.Json.Nodes;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.PublicApi;

/// <summary>A host serialising a report with plain System.Text.Json (no options) gets the contract's JSON.</summary>
public sealed class ReportJsonContractTests
{
    private static readonly RecommendationReport Report = CrlmDecisionEngine.CreateDefault()
        .Recommend(FactsReader.ReadFile(Repository.Path_("docs", "examples", "resectable-solitary.yaml")));

    [Fact]
    public void Serialize_NoOptions_SameDocumentAsReportJson()
    {
        var plain = JsonNode.Parse(JsonSerializer.Serialize(Report));
        var library = JsonNode.Parse(ReportJson.Serialize(Report));

        Assert.True(JsonNode.DeepEquals(plain, library), "plain System.Text.Json and ReportJson disagree");
    }

    [Fact]
    public void Serialize_NoOptions_UsesContractNamesAndWords()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Report))!.AsObject();

        Assert.Equal(
            ["schemaVersion", "ruleSet", "patientId", "factWarnings", "summary", "facts", "derived", "options", "notes", "trials", "decisiveFacts", "missingFacts", "rules", "citations", "disclaimer"],
            json.Select(p => p.Key));
        Assert.Equal(["id", "version", "sha256"], json["ruleSet"]!.AsObject().Select(p => p.Key));
        var top = json["options"]![0]!.AsObject();
        Assert.Equal(3, json["schemaVersion"]!.GetValue<int>());
        Assert.Equal(["rank", "option", "title", "strength", "score", "details", "pendingDetails", "combineWith", "reasons", "cautions"], top.Select(p => p.Key));
        Assert.Equal(Words<TreatmentOption>.Of(Report.Options[0].Option), top["option"]!.GetValue<string>());
        Assert.Equal(Words<Strength>.Of(Report.Options[0].Strength), top["strength"]!.GetValue<string>());
        var words = json["options"]!.AsArray().Select(o => o!["strength"]!.GetValue<string>()).ToHashSet();
        Assert.Subset(new HashSet<string> { "recommended", "consider", "not-advised", "not-assessable" }, words);
        Assert.Equal(["recommended", "consider", "not-advised", "not-assessable"], ContractWords.All<Strength>());
        Assert.Equal(["ruleId", "text", "evidence", "section", "citations"], top["reasons"]![0]!.AsObject().Select(p => p.Key));
        Assert.All(json["options"]!.AsArray().SelectMany(o => o!["reasons"]!.AsArray()), r => Assert.Null(r!["overruledBy"]));
        Assert.All(json["rules"]!.AsArray(), r => Assert.Contains(r!["status"]!.GetValue<string>(), new[] { "fired", "not-fired", "not-evaluable", "error", "suppressed" }));
    }

    [Fact]
    public void Serialize_SchemaVersion2Fields_UseContractNames()
    {
        var facts = FactsReader.ReadFile(Repository.Path_("docs", "examples", "resectable-solitary.yaml"));
        var report = CrlmDecisionEngine.CreateDefault().Recommend(facts with
        {
            Ecog = 3,
            Molecular = facts.Molecular with { Ras = RasStatus.Unknown },
            Liver = facts.Liver with { R0ResectionFeasible = YesNo.Unknown },
        });
        var json = JsonNode.Parse(JsonSerializer.Serialize(report))!;
        var reasons = json["options"]!.AsArray().SelectMany(o => o!["reasons"]!.AsArray()).Select(r => r!.AsObject()).ToArray();

        var undecided = reasons.First(r => r.ContainsKey("missingFacts"));
        Assert.Equal(["ruleId", "text", "evidence", "section", "citations", "missingFacts"], undecided.Select(p => p.Key));
        Assert.Contains(json["options"]!.AsArray(), o => o!["strength"]!.GetValue<string>() == "not-assessable");
    }
}
