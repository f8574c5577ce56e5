using CrlmDecision.Facts;

namespace CrlmDecision.RuleSets;

/// <summary>
/// A loaded, validated and compiled rule set: manifest, citation catalogue, derived facts, rules and trials.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: load once, share everywhere. Loading fails with <see cref="RuleSetException"/>
/// listing every problem (file, line, rule id, fix), never at the first patient.
/// </remarks>
public sealed class RuleSet
{
    /// <summary>The rule-set id of the shipped knowledge base.</summary>
    public const string DefaultId = "crlm-local-therapy";

    internal RuleSet(
        RuleSetManifest manifest, string sha256, IReadOnlyList<Citation> citations, IReadOnlyList<TrialDefinition> trials,
        IReadOnlyList<DerivedFactDefinition> derived, IReadOnlyList<RuleDefinition> definitions, NRules.ISessionFactory sessions,
        IReadOnlyList<RuleSetError> warnings, string location)
    {
        var rules = definitions.Select(d => new CompiledRule(d)).ToArray();
        Sessions = sessions;
        RuleIndex = rules.Select((r, i) => (r.Definition.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Manifest = manifest;
        Sha256 = sha256;
        Citations = citations.ToDictionary(c => c.Key, StringComparer.Ordinal);
        CitationEntries = citations.Select(c => new Reports.CitationEntry(c.Text, c.Doi)).ToArray();
        var citationIndex = citations.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        Identity = new Reports.RuleSetIdentity(manifest.Id, manifest.Version, sha256);
        CitationOrder = citations.Select(c => c.Key).ToArray();
        Trials = trials;
        DerivedFacts = derived.ToArray();
        Compiled = rules;
        RulesByOption = Enum.GetValues<TreatmentOption>()
            .Select(o => Enumerable.Range(0, rules.Length).Where(i => rules[i].Definition.Target.Options.Contains(o)).ToArray())
            .ToArray();
        Suppressions = rules
            .Select((r, i) => (Rule: i, Suppressed: r.Definition.Suppresses.Where(RuleIndex.ContainsKey).Select(id => RuleIndex[id]).Order().ToArray()))
            .Where(s => s.Suppressed.Length > 0)
            .ToArray();
        DerivedNames = derived.Select(d => d.Name).Order(StringComparer.Ordinal).ToArray();
        NoIndication = Enum.GetValues<TreatmentOption>()
            .Select(o => new Reports.Statement { RuleId = "manifest:" + Words<TreatmentOption>.Of(o), Text = manifest.Options[o].NoIndication, Citations = CompiledRule.ReadOnly(manifest.Options[o].Cite) })
            .ToArray();
        RuleCitations = rules.Select(r => r.Definition.Cite.Select(key => citationIndex[key]).ToArray()).ToArray();
        NoIndicationCitations = NoIndication.Select(n => n.Citations.Select(key => citationIndex[key]).ToArray()).ToArray();
        Warnings = warnings;
        Location = location;
    }

    /// <summary>Identity, source, status and option defaults.</summary>
    internal RuleSetManifest Manifest { get; }

    /// <summary>Id from the manifest.</summary>
    public string Id => Manifest.Id;

    /// <summary>Semantic version from the manifest.</summary>
    public string Version => Manifest.Version;

    /// <summary>SHA-256 (lower-case hex) of the rule set's content: every file but the manifest, normalised to LF.</summary>
    public string Sha256 { get; }

    /// <summary>Title from the manifest.</summary>
    public string Title => Manifest.Title;

    /// <summary>True for a draft (unreleased) rule set, e.g. one loaded from a directory for a shadow evaluation.</summary>
    public bool IsDraft => Manifest.IsDraft;

    /// <summary>The disclaimer every report of this rule set carries; a host shows it with the report.</summary>
    public string Disclaimer => Manifest.Disclaimer;

    /// <summary>Number of rules (not counting derived facts or trials).</summary>
    public int RuleCount => Compiled.Length;

    /// <summary>Where it was loaded from (directory, or <c>embedded:id/version</c>).</summary>
    public string Location { get; }

    /// <summary>The citation catalogue by key.</summary>
    internal IReadOnlyDictionary<string, Citation> Citations { get; }

    /// <summary>Citation keys in catalogue order.</summary>
    internal IReadOnlyList<string> CitationOrder { get; }

    /// <summary>Trials rules can match.</summary>
    internal IReadOnlyList<TrialDefinition> Trials { get; }

    /// <summary>Derived facts, in dependency order (each after those it reads).</summary>
    internal IReadOnlyList<DerivedFactDefinition> DerivedFacts { get; }

    /// <summary>Rules in file and declaration order.</summary>
    internal IReadOnlyList<RuleDefinition> Rules => Compiled.Select(r => r.Definition).ToArray();

    /// <summary>Problems that did not stop the load (e.g. catalogue entries no rule cites).</summary>
    public IReadOnlyList<RuleSetError> Warnings { get; }

    /// <summary>The rules with their report parts, in rule-set order.</summary>
    internal CompiledRule[] Compiled { get; }

    /// <summary>The compiled Rete network of every rule and derived fact: one session per evaluation.</summary>
    internal NRules.ISessionFactory Sessions { get; }

    /// <summary>A rule's position by its id (the name of its NRules rule).</summary>
    internal IReadOnlyDictionary<string, int> RuleIndex { get; }

    /// <summary>Resolved citations in catalogue order (parallel to <see cref="CitationOrder"/>), shared by every report.</summary>
    internal IReadOnlyList<Reports.CitationEntry> CitationEntries { get; }

    /// <summary>Id, version and hash as every report names them.</summary>
    internal Reports.RuleSetIdentity Identity { get; }

    /// <summary>For each option (by enum value), the indices of the rules that target it, in rule order.</summary>
    internal int[][] RulesByOption { get; }

    /// <summary>Rules that suppress others (by index, ascending), with the indices of the rules they suppress.</summary>
    internal (int Rule, int[] Suppressed)[] Suppressions { get; }

    /// <summary>Per option (by enum value), the manifest's sentence for an option no rule supports.</summary>
    internal Reports.Statement[] NoIndication { get; }

    /// <summary>For each rule (by index), the catalogue positions of the citations its sentences carry.</summary>
    internal int[][] RuleCitations { get; }

    /// <summary>For each option (by enum value), the catalogue positions of <see cref="NoIndication"/>'s citations.</summary>
    internal int[][] NoIndicationCitations { get; }

    /// <summary>Derived-fact names in ordinal order, as reports list them.</summary>
    internal string[] DerivedNames { get; }

    /// <summary>Loads the rule set in <paramref name="directory"/> (the folder holding manifest.yaml).</summary>
    /// <exception cref="RuleSetException">Anything in it is wrong; the message lists every problem.</exception>
    public static RuleSet Load(string directory) =>
        RuleSetBuilder.Build(RuleSetSource.FromDirectory(directory), directory);

    /// <summary>
    /// Checks the rule set in <paramref name="directory"/> without throwing: every error and warning, the
    /// content SHA-256 and, when there is no error, the loaded rule set (what <c>crlm rules lint</c> reports).
    /// </summary>
    public static RuleSetValidation Validate(string directory)
    {
        try
        {
            return RuleSetBuilder.Validate(RuleSetSource.FromDirectory(directory), directory);
        }
        catch (RuleSetException e)
        {
            return new RuleSetValidation(directory, "", e.Errors, null);
        }
    }

    /// <summary>
    /// Loads a rule set embedded in this assembly: <paramref name="version"/>, or the newest released
    /// (non-draft) version when null.
    /// </summary>
    /// <exception cref="RuleSetException">The version is not embedded, or the rule set is invalid.</exception>
    public static RuleSet LoadEmbedded(string? version = null, string id = DefaultId)
    {
        var versions = RuleSetSource.EmbeddedVersions(id);
        if (version is null)
        {
            // Read only the manifests to choose: a broken draft never stops the released default from loading.
            foreach (var candidate in versions.OrderByDescending(v => v, SemanticVersionComparer.Instance))
            {
                var files = RuleSetSource.FromEmbedded(id, candidate);
                if (RuleSetParser.Parse(files.Where(f => f.Path == RuleSetFile.Manifest).ToArray()).Manifest is { IsDraft: false })
                {
                    return RuleSetBuilder.Build(files, $"embedded:{id}/{candidate}");
                }
            }

            throw new RuleSetException($"embedded:{id}", [new RuleSetError(id, 0, null, "no released version is embedded", "embedded versions: " + string.Join(", ", versions))]);
        }

        if (!versions.Contains(version))
        {
            throw new RuleSetException($"embedded:{id}/{version}", [new RuleSetError(id, 0, null, $"version {version} is not embedded", "available: " + string.Join(", ", versions))]);
        }

        return RuleSetBuilder.Build(RuleSetSource.FromEmbedded(id, version), $"embedded:{id}/{version}");
    }

    /// <summary>Versions of <paramref name="id"/> embedded in this assembly, newest first.</summary>
    public static IReadOnlyList<string> EmbeddedVersions(string id = DefaultId) =>
        RuleSetSource.EmbeddedVersions(id).OrderByDescending(v => v, SemanticVersionComparer.Instance).ToArray();
}
