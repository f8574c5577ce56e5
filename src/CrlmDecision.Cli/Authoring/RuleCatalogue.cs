using System.Globalization;
using System.Text;
using CrlmDecision.Facts;
using CrlmDecision.Mutation;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Cli.Authoring;

/// <summary>
/// <c>crlm rules catalogue</c>: a rule set as a Markdown document for clinicians: every rule with its
/// condition in words and as written, its effect, evidence and citations (DOI links); the derived facts;
/// the trials; with a mutation report (<c>crlm rules mutate</c>), whether each rule's boundaries are pinned by a
/// scenario. Deterministic: the same rule set and scenarios always give the same bytes.
/// </summary>
internal static class RuleCatalogue
{
    public const string Command = "crlm rules catalogue --out docs/rule-catalogue.md";

    public static string Write(RuleSet set, MutationReport? mutation = null)
    {
        var text = new StringBuilder();
        var status = set.IsDraft ? "draft" : "released";
        text.Append($"# Rule catalogue: {set.Title}\n\n");
        text.Append($"Rule set `{set.Id}` version {set.Version} ({status}), content SHA-256 `{set.Sha256}`.\n");
        text.Append($"{set.Rules.Count} rules, {set.DerivedFacts.Count} derived facts, {set.Trials.Count} trials.\n\n");
        text.Append($"Generated from the rule files by `{Command}`; do not edit by hand.\n\n");
        if (mutation is not null)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"Boundaries: whether a scenario catches every threshold of the rule moved one unit either way and every `<`/`<=` flipped (`crlm rules mutate`: {mutation.Caught()} of {mutation.Counted()} wrong edits caught, {mutation.Score():0.0}%; thresholds {mutation.Score(MutationKind.Threshold):0.0}%). \"none\": the rule compares no number.\n\n"));
        }

        text.Append(mutation is null ? "## Contents\n\n| Id | Title | Option | Effect | Evidence | Section |\n|---|---|---|---|---|---|\n"
            : "## Contents\n\n| Id | Title | Option | Effect | Evidence | Section | Boundaries |\n|---|---|---|---|---|---|---|\n");
        foreach (var rule in set.Rules)
        {
            text.Append($"| [{rule.Id}](#{rule.Id.ToLowerInvariant()}) | {Cell(rule.Title)} | {Target(rule.Target)} | {ContractWords.Of(rule.Effect)} | {ContractWords.Of(rule.Evidence)} | {rule.Section} |");
            text.Append(mutation is null ? "\n" : $" {Pinned(mutation, rule.Id)} |\n");
        }

        text.Append("\n## Rules\n");
        foreach (var rule in set.Rules)
        {
            WriteRule(text, rule, set, mutation);
        }

        text.Append("\n## Derived facts\n\nComputed before the rules run; rules read them as `d.Name`. A derived fact is unknown when a fact it reads is unknown.\n");
        foreach (var derived in set.DerivedFacts.OrderBy(d => d.Line))
        {
            var words = derived.Words.Count > 0 ? " (" + string.Join(", ", derived.Words) + ")" : "";
            text.Append($"\n### {derived.Name}\n\n- **Type:** {derived.Type}{words}; read as `d.{char.ToUpperInvariant(derived.Name[0])}{derived.Name[1..]}`\n");
            text.Append($"- **Meaning:** {Flat(derived.Description)}\n");
            text.Append($"- **Expression:** `{Flat(derived.Expression)}`\n");
            if (derived.Cite.Count > 0)
            {
                text.Append($"- **Citations:** {string.Join(", ", derived.Cite)}\n");
            }

            WriteBoundaries(text, mutation, derived.Name);
        }

        text.Append("\n## Trials\n\nInvestigational: shown beside the ranked options, never ranked.\n");
        foreach (var trial in set.Trials)
        {
            text.Append($"\n### {trial.Id}\n\n{Flat(trial.Title)}{(trial.Registry is null ? "" : $" ({trial.Registry})")}\n\n{Flat(trial.Summary)}\n");
            var rules = set.Rules.Where(r => r.Target.TrialId == trial.Id).Select(r => r.Id).ToArray();
            text.Append($"\nMatched by: {(rules.Length == 0 ? "no rule" : string.Join(", ", rules))}\n");
        }

        var uncited = set.Citations.Where(c => c.Uncited is not null).ToArray();
        if (uncited.Length > 0)
        {
            text.Append("\n## Catalogue entries no rule cites\n\nDeliberately: each says why (`uncited:` in citations.yaml).\n\n");
            foreach (var citation in uncited)
            {
                text.Append($"- {citation.Key}: {Flat(citation.Text)}{Doi(citation.Doi)}. **Why uncited:** {Flat(citation.Uncited!)}\n");
            }
        }

        return text.ToString();
    }

    private static void WriteRule(StringBuilder text, RuleDefinition rule, RuleSet set, MutationReport? mutation)
    {
        text.Append($"\n### {rule.Id}\n\n**{Flat(rule.Title)}**\n\n");
        text.Append($"- **Section:** review {rule.Section}; **evidence:** {ContractWords.Of(rule.Evidence)}; **file:** `{rule.File}`\n");
        var effect = $"{ContractWords.Of(rule.Effect)} {Target(rule.Target)}, score {rule.Score.ToString(CultureInfo.InvariantCulture)}";
        text.Append($"- **Effect:** {effect}\n");
        if (rule.Details.Count > 0)
        {
            text.Append($"- **Details:** {string.Join(", ", rule.Details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} = {Convert.ToString(d.Value, CultureInfo.InvariantCulture)}"))}\n");
        }

        if (rule.CombineWith.Count > 0)
        {
            text.Append($"- **Combine with:** {string.Join(", ", rule.CombineWith.Select(ContractWords.Of))}\n");
        }

        if (rule.Priority != 0)
        {
            text.Append($"- **Priority:** {rule.Priority.ToString(CultureInfo.InvariantCulture)}\n");
        }

        if (rule.Suppresses.Count > 0)
        {
            text.Append($"- **Suppresses:** {string.Join(", ", rule.Suppresses)}\n");
        }

        WriteBoundaries(text, mutation, rule.Id);
        var (join, conditions) = ExpressionWords.Render(rule.When);
        text.Append(join switch { "all" => "\n**When** all of:\n\n", "any" => "\n**When** any of:\n\n", _ => "\n**When:**\n\n" });
        foreach (var condition in conditions)
        {
            text.Append($"- {condition}\n");
        }

        text.Append($"\nAs written: `{Flat(rule.When)}`\n\n**Because:** {Flat(rule.Because)}\n\n**Citations:**\n\n");
        foreach (var key in rule.Cite)
        {
            text.Append(set.Citations.FirstOrDefault(c => c.Key == key) is { } c ? $"- {key}: {Flat(c.Text)}{Doi(c.Doi)}\n" : $"- {key}\n");
        }
    }

    // "pinned", "none" (no threshold), or "NOT pinned" with how many threshold and boundary edits no scenario caught.
    private static string Pinned(MutationReport mutation, string id)
    {
        var edits = mutation.Mutants.Where(m => m.RuleId == id && m.Kind is MutationKind.Threshold or MutationKind.Boundary).ToArray();
        var open = edits.Count(m => m.Status == MutantStatus.Survived);
        return edits.Length == 0 ? "none" : open == 0 ? "pinned" : $"NOT pinned ({open} of {edits.Length} edits uncaught)";
    }

    private static void WriteBoundaries(StringBuilder text, MutationReport? mutation, string id)
    {
        if (mutation is null)
        {
            return;
        }

        text.Append($"- **Boundaries:** {Pinned(mutation, id)}\n");
        foreach (var gap in mutation.Survivors.Where(m => m.RuleId == id && m.Kind is MutationKind.Threshold or MutationKind.Boundary).Select(m => m.Gap).Distinct())
        {
            text.Append($"  - {gap}\n");
        }
    }

    private static string Doi(string? doi) => doi is null ? "" : $" [doi:{doi}](https://doi.org/{doi})";

    private static string Target(RuleTarget target) =>
        target.TrialId is { } trial ? "trial " + trial
        : target.IsReportNote ? "report"
        : string.Join(", ", target.Options.Select(ContractWords.Of));

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Cell(string text) => Flat(text).Replace("|", "\\|", StringComparison.Ordinal);
}
