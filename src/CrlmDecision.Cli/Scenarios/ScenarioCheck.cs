using System.Globalization;
using System.Text.Json.Nodes;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Cli.Scenarios;

/// <summary>The outcome of one scenario: its report, snapshot comparison and failed expectations.</summary>
/// <remarks>
/// The snapshot shows the rule set's identity (the report's <c>ruleSet</c>: id, version, sha256) but the
/// comparison leaves it out: a draft copy of a released set, or a re-sealed set, is not a clinical change.
/// </remarks>
internal sealed record ScenarioResult(Scenario Scenario, RecommendationReport Report, string Json, string? Approved, IReadOnlyList<string> Failures)
{
    // Decided once: run, verify and approve ask several times per scenario, and each answer parses two reports.
    public bool MatchesSnapshot { get; } = Approved is not null && (Approved == Json || SameWithoutIdentity(Approved, Json));

    /// <summary>The report matches its snapshot but names another rule-set version or hash.</summary>
    public bool OnlyIdentityDiffers => MatchesSnapshot && Approved != Json;

    public bool Passed => MatchesSnapshot && Failures.Count == 0;

    private static bool SameWithoutIdentity(string approved, string json)
    {
        try
        {
            return JsonNode.Parse(approved) is JsonObject was && JsonNode.Parse(json) is JsonObject now
                && was.Remove("ruleSet") && now.Remove("ruleSet") && JsonNode.DeepEquals(was, now);
        }
        catch (System.Text.Json.JsonException)
        {
            return false; // a hand-broken snapshot differs; verify shows the line diff
        }
    }
}

/// <summary>Evaluates scenarios and checks their expectations and snapshots.</summary>
internal static class ScenarioCheck
{
    public static ScenarioResult Run(Scenario scenario, ICrlmDecisionEngine engine)
    {
        var report = engine.Recommend(scenario.Document);
        var json = ReportJson.Serialize(report) + "\n";
        var approved = File.Exists(scenario.ApprovedPath) ? File.ReadAllText(scenario.ApprovedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        return new ScenarioResult(scenario, report, json, approved, Expectations(scenario.Expect, report));
    }

    public static IReadOnlyList<string> Expectations(ScenarioExpectations expect, RecommendationReport report)
    {
        var failures = new List<string>();
        string Word(TreatmentOption o) => ContractWords.Of(o);
        string StrengthOf(string option) => report.Options.FirstOrDefault(o => Word(o.Option) == option) is { } o ? ContractWords.Of(o.Strength) : $"(no option '{option}')";
        var statuses = report.Rules.ToDictionary(r => r.RuleId, r => r.Status);

        var top = Word(report.Options[0].Option);
        if (expect.Top is { } wanted && wanted != top)
        {
            failures.Add($"expected top option {wanted}, got {top}");
        }

        foreach (var (option, strength) in expect.Strengths)
        {
            if (StrengthOf(option) != strength)
            {
                failures.Add($"expected {option} {strength}, got {StrengthOf(option)}");
            }
        }

        foreach (var option in expect.NotAdvised.Where(o => StrengthOf(o) != "not-advised"))
        {
            failures.Add($"expected {option} not-advised, got {StrengthOf(option)}");
        }

        foreach (var id in expect.Fired.Where(id => statuses.GetValueOrDefault(id, RuleStatus.Error) != RuleStatus.Fired))
        {
            failures.Add(statuses.TryGetValue(id, out var s) ? $"expected rule {id} to fire, it was {ContractWords.Of(s)}" : $"expected rule {id} to fire, but the rule set has no such rule");
        }

        // An expectation naming a rule, option or strength that does not exist would pass vacuously: refuse it.
        foreach (var id in expect.NotFired.Where(id => !statuses.ContainsKey(id)))
        {
            failures.Add($"expected rule {id} not to fire, but the rule set has no such rule");
        }

        foreach (var word in expect.Strengths.Values.Where(w => !ContractWords.TryParse<Strength>(w, out _)))
        {
            failures.Add($"'{word}' is not a strength; expected one of: {string.Join(", ", ContractWords.All<Strength>())}");
        }

        foreach (var option in expect.Strengths.Keys.Concat(expect.NotAdvised).Concat(expect.Details.Keys).Concat(expect.Top is null ? [] : [expect.Top])
            .Where(o => !ContractWords.TryParse<TreatmentOption>(o, out _)))
        {
            failures.Add($"'{option}' is not an option; expected one of: {string.Join(", ", ContractWords.All<TreatmentOption>())}");
        }

        foreach (var id in expect.NotFired.Where(id => statuses.TryGetValue(id, out var s) && s == RuleStatus.Fired))
        {
            failures.Add($"expected rule {id} not to fire, it fired");
        }

        foreach (var trial in expect.Trials.Where(t => report.Trials.All(m => m.TrialId != t)))
        {
            failures.Add($"expected a match with trial {trial}");
        }

        foreach (var fact in expect.MissingFacts.Where(f => report.MissingFacts.All(m => m.Fact != f)))
        {
            failures.Add($"expected {fact} among the missing facts");
        }

        foreach (var (option, details) in expect.Details)
        {
            var actual = report.Options.FirstOrDefault(o => Word(o.Option) == option)?.Details ?? new Dictionary<string, object>();
            foreach (var (key, value) in details)
            {
                var got = actual.TryGetValue(key, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
                if (got != value)
                {
                    failures.Add($"expected {option}.details.{key} = {value}, got {got ?? "(none)"}");
                }
            }
        }

        return failures;
    }
}
