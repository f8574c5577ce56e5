using System.Security.Cryptography;
using System.Text;
using CrlmDecision.Localisation;

namespace CrlmDecision.RuleModel;

/// <summary>
/// Reads the files of a rule set into its definition and checks what can be checked without compiling
/// (ids, references, citations, the sealed content hash); every problem is reported at once.
/// </summary>
internal static class RuleSetLoader
{
    /// <param name="files">The rule set's files.</param>
    /// <param name="location">Where they came from, for messages.</param>
    /// <param name="errors">Receives every error and warning found.</param>
    /// <returns>The definition, or null when the manifest could not be read.</returns>
    public static RuleSetDefinition? Load(IReadOnlyList<RuleSetFile> files, string location, List<RuleSetError> errors)
    {
        var parsed = RuleSetParser.Parse(files);
        errors.AddRange(parsed.Errors);
        CheckIdentity(parsed, errors);
        CheckCitations(parsed, errors);
        CheckChinese(parsed, errors);

        var sha = ContentSha256(files);
        if (parsed.Manifest?.ContentSha256 is { } expected && !string.Equals(expected, sha, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new RuleSetError(RuleSetFile.Manifest, 0, null, $"content SHA-256 is {sha} but the manifest pins {expected}: the rule set was changed after it was sealed",
                "review the change; then update contentSha256 (crlm rules lint prints the new value)"));
        }

        return parsed.Manifest is { } manifest
            ? new RuleSetDefinition(manifest, sha, parsed.Citations, parsed.Derived, parsed.Rules, parsed.Trials, location)
            : null;
    }

    /// <summary>SHA-256 over every file but the manifest: path, LF, text with CRLF normalised to LF, in path order.</summary>
    public static string ContentSha256(IReadOnlyList<RuleSetFile> files)
    {
        var content = new StringBuilder();
        foreach (var file in files.Where(f => f.Path != RuleSetFile.Manifest).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            content.Append(file.Path).Append('\n').Append(file.Text.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }

    private static void CheckIdentity(RuleSetParser parsed, List<RuleSetError> errors)
    {
        foreach (var group in parsed.Rules.Where(r => r.Id.Length > 0).GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                errors.Add(new RuleSetError(duplicate.File, duplicate.Line, duplicate.Id, $"duplicate rule id (first defined at {first.File}:{first.Line})", "give every rule its own id"));
            }
        }

        foreach (var group in parsed.Derived.GroupBy(d => d.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new RuleSetError(RuleSetFile.Derived, group.Last().Line, group.Key, "duplicate derived fact name"));
        }

        var ids = parsed.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var trials = parsed.Trials.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in parsed.Rules)
        {
            foreach (var target in rule.Suppresses.Where(s => !ids.Contains(s) || s == rule.Id))
            {
                errors.Add(new RuleSetError(rule.File, rule.Line, rule.Id, $"suppresses '{target}', which is not another rule of this set"));
            }

            if (rule.Suppresses.Count > 0 && parsed.Rules.FirstOrDefault(r => r.Suppresses.Contains(rule.Id)) is { } over)
            {
                errors.Add(new RuleSetError(rule.File, rule.Line, rule.Id, $"suppresses other rules and is itself suppressed by {over.Id}: chains of suppression are not allowed, so the outcome never depends on rule order"));
            }

            if (rule.Target.TrialId is { } trial && !trials.Contains(trial))
            {
                errors.Add(new RuleSetError(rule.File, rule.Line, rule.Id, $"matches trial '{trial}', which trials.yaml does not define"));
            }
        }
    }

    private static void CheckCitations(RuleSetParser parsed, List<RuleSetError> errors)
    {
        var catalogue = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (var citation in parsed.Citations)
        {
            if (!catalogue.TryAdd(citation.Key, citation))
            {
                errors.Add(new RuleSetError(RuleSetFile.Citations, citation.Line, citation.Key, "duplicate citation key"));
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        void Resolve(IEnumerable<string> keys, string file, int line, string? id)
        {
            foreach (var key in keys)
            {
                used.Add(key);
                if (!catalogue.ContainsKey(key))
                {
                    errors.Add(new RuleSetError(file, line, id, $"cites '{key}', which is not in citations.yaml", "use a key of the catalogue: review, ref1 .. ref64"));
                }
            }
        }

        foreach (var rule in parsed.Rules)
        {
            Resolve(rule.Cite, rule.File, rule.Line, rule.Id);

            // The convention: a clinical rule cites the review and at least one of its numbered references.
            if (rule.Target.TrialId is null && rule.Cite.Count > 0 && !rule.Cite.Any(IsNumberedReference))
            {
                errors.Add(new RuleSetError(rule.File, rule.Line, rule.Id, "cites no numbered reference of the review",
                    "add the refN the review cites for this statement (or the nearest one of the same paragraph, saying so in the text)", IsWarning: true));
            }
        }

        foreach (var derived in parsed.Derived)
        {
            Resolve(derived.Cite, derived.File, derived.Line, derived.Name);
        }

        if (parsed.Manifest is { } manifest)
        {
            Resolve([manifest.Source], RuleSetFile.Manifest, 0, null);
            foreach (var (option, entry) in manifest.Options)
            {
                Resolve(entry.Cite, RuleSetFile.Manifest, 0, Facts.Words<Facts.TreatmentOption>.Of(option));
            }

            if (manifest.NoLocalOption is { } noLocalOption)
            {
                Resolve(noLocalOption.Cite, RuleSetFile.Manifest, 0, "noLocalOption");
            }
        }

        foreach (var citation in parsed.Citations)
        {
            if (!used.Contains(citation.Key) && citation.Uncited is null)
            {
                errors.Add(new RuleSetError(RuleSetFile.Citations, citation.Line, citation.Key, "no rule cites this entry",
                    "cite it from a rule, remove it, or say why it is deliberately uncited (uncited: REASON)", IsWarning: true));
            }
            else if (used.Contains(citation.Key) && citation.Uncited is not null)
            {
                errors.Add(new RuleSetError(RuleSetFile.Citations, citation.Line, citation.Key, "marked uncited, but cited", "remove its uncited: line", IsWarning: true));
            }
        }
    }

    // Every text a report shows comes in English and Chinese (an MDT reads the report in either); a text in English
    // only still loads, shown in English in a Chinese report, so this is a warning that lint reports.
    private static void CheckChinese(RuleSetParser parsed, List<RuleSetError> errors)
    {
        const string Hint = "write it as { en: ..., zh-CN: ... }; where it encodes a sentence of the review, the zh-CN text is that sentence as the review words it";
        foreach (var rule in parsed.Rules)
        {
            var missing = (rule.TitleZhCn is null ? "title" : null, rule.BecauseZhCn is null ? "because" : null) switch
            {
                (null, null) => null,
                ({ } a, { } b) => $"{a} and {b}",
                var (a, b) => a ?? b,
            };
            if (missing is not null)
            {
                errors.Add(new RuleSetError(rule.File, rule.Line, rule.Id, $"{missing} not given in both languages (en and zh-CN)", Hint, IsWarning: true));
            }
        }

        foreach (var trial in parsed.Trials.Where(t => t.TitleZhCn is null || t.SummaryZhCn is null))
        {
            errors.Add(new RuleSetError(RuleSetFile.TrialsFile, trial.Line, trial.Id, "title or summary not given in both languages (en and zh-CN)", Hint, IsWarning: true));
        }

        if (parsed.Manifest is not { } manifest)
        {
            return;
        }

        var texts = new List<(string Name, LocalText Text)> { ("title", manifest.Title), ("disclaimer", manifest.Disclaimer) };
        foreach (var (option, entry) in manifest.Options)
        {
            var word = Facts.Words<Facts.TreatmentOption>.Of(option);
            texts.AddRange([($"options.{word}.name", entry.Name), ($"options.{word}.title", entry.Title), ($"options.{word}.noIndication", entry.NoIndication)]);
        }

        if (manifest.NoLocalOption is { } noLocalOption)
        {
            texts.Add(("noLocalOption.text", noLocalOption.Text));
        }

        foreach (var (name, _) in texts.Where(t => t.Text.ZhCn is null))
        {
            errors.Add(new RuleSetError(RuleSetFile.Manifest, 0, name, "not given in both languages (en and zh-CN)", Hint, IsWarning: true));
        }
    }

    private static bool IsNumberedReference(string key) =>
        key.Length > 3 && key.StartsWith("ref", StringComparison.Ordinal) && key[3..].All(char.IsAsciiDigit);
}
