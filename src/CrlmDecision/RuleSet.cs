using CrlmDecision.Compilation;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;

namespace CrlmDecision;

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
    public const string DefaultId = RuleSetVersions.DefaultId;

    internal RuleSet(RuleSetDefinition definition, CompiledRuleSet compiled, IReadOnlyList<RuleSetError> warnings)
    {
        Definition = definition;
        Compiled = compiled;
        Parts = new ReportParts(definition, compiled.DerivedNames);
        Warnings = warnings;
    }

    /// <summary>The rule set as its files define it.</summary>
    internal RuleSetDefinition Definition { get; }

    /// <summary>The rules compiled into one NRules network.</summary>
    internal CompiledRuleSet Compiled { get; }

    /// <summary>What every report of this rule set shares.</summary>
    internal ReportParts Parts { get; }

    /// <summary>Id from the manifest.</summary>
    public string Id => Definition.Manifest.Id;

    /// <summary>Semantic version from the manifest.</summary>
    public string Version => Definition.Manifest.Version;

    /// <summary>SHA-256 (lower-case hex) of the rule set's content: every file but the manifest, normalised to LF.</summary>
    public string Sha256 => Definition.Sha256;

    /// <summary>Title from the manifest.</summary>
    public string Title => Definition.Manifest.Title.En;

    /// <summary>True for a draft (unreleased) rule set, e.g. one loaded from a directory for a shadow evaluation.</summary>
    public bool IsDraft => Definition.Manifest.IsDraft;

    /// <summary>The disclaimer every report of this rule set carries; a host shows it with the report.</summary>
    public string Disclaimer => Definition.Manifest.Disclaimer.En;

    /// <summary>Number of rules (not counting derived facts or trials).</summary>
    public int RuleCount => Compiled.RuleCount;

    /// <summary>Where it was loaded from (directory, or <c>embedded:id/version</c>).</summary>
    public string Location => Definition.Location;

    /// <summary>Problems that did not stop the load (e.g. catalogue entries no rule cites).</summary>
    public IReadOnlyList<RuleSetError> Warnings { get; }

    /// <summary>The rules, in file and declaration order.</summary>
    public IReadOnlyList<RuleDefinition> Rules => Definition.Rules;

    /// <summary>The derived facts, in dependency order (each after those it reads).</summary>
    public IReadOnlyList<DerivedFactDefinition> DerivedFacts => Compiled.DerivedFacts;

    /// <summary>The trials rules can match.</summary>
    public IReadOnlyList<TrialDefinition> Trials => Definition.Trials;

    /// <summary>The citation catalogue, in file order.</summary>
    public IReadOnlyList<Citation> Citations => Definition.Citations;

    /// <summary>
    /// The compiled Rete network that runs this rule set (NRules' schema of its session factory), as a graph in
    /// Graphviz dot (<paramref name="mermaid"/> false) or Mermaid: how the patient, the derived facts and the
    /// verdicts flow through shared conditions and joins into each rule (one NRules rule per rule and per
    /// derived fact, named by its id). Deterministic.
    /// </summary>
    public string WriteNetwork(bool mermaid = false) => NetworkGraph.Write(Compiled.Sessions, mermaid);

    /// <summary>Loads the rule set in <paramref name="directory"/> (the folder holding manifest.yaml).</summary>
    /// <exception cref="RuleSetException">Anything in it is wrong; the message lists every problem.</exception>
    public static RuleSet Load(string directory) =>
        Build(RuleSetSource.FromDirectory(directory), directory);

    /// <summary>
    /// Checks the rule set in <paramref name="directory"/> without throwing: every error and warning, the
    /// content SHA-256 and, when there is no error, the loaded rule set (what <c>crlm rules lint</c> reports).
    /// </summary>
    public static RuleSetValidation Validate(string directory)
    {
        try
        {
            return Validate(RuleSetSource.FromDirectory(directory), directory);
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
                    return Build(files, $"embedded:{id}/{candidate}");
                }
            }

            throw new RuleSetException($"embedded:{id}", [new RuleSetError(id, 0, null, "no released version is embedded", "embedded versions: " + string.Join(", ", versions))]);
        }

        if (!versions.Contains(version))
        {
            throw new RuleSetException($"embedded:{id}/{version}", [new RuleSetError(id, 0, null, $"version {version} is not embedded", "available: " + string.Join(", ", versions))]);
        }

        return Build(RuleSetSource.FromEmbedded(id, version), $"embedded:{id}/{version}");
    }

    /// <summary>Versions of <paramref name="id"/> embedded in this assembly, newest first.</summary>
    public static IReadOnlyList<string> EmbeddedVersions(string id = DefaultId) =>
        RuleSetSource.EmbeddedVersions(id).OrderByDescending(v => v, SemanticVersionComparer.Instance).ToArray();

    /// <summary>
    /// Loads a rule set from files held in memory, through the same reading, checks and compiling as
    /// <see cref="Load"/>; mutation testing loads its edited copies this way, without writing them to disk.
    /// </summary>
    internal static RuleSet FromFiles(IReadOnlyList<RuleSetFile> files, string location) => Build(files, location);

    private static RuleSet Build(IReadOnlyList<RuleSetFile> files, string location)
    {
        var validation = Validate(files, location);
        return validation.RuleSet ?? throw new RuleSetException(location, validation.Problems);
    }

    // Read and check the files, then compile; every problem of both steps is reported at once.
    private static RuleSetValidation Validate(IReadOnlyList<RuleSetFile> files, string location)
    {
        var problems = new List<RuleSetError>();
        var definition = RuleSetLoader.Load(files, location, problems);
        var compiled = definition is null ? null : CompiledRuleSet.Compile(definition, problems);
        problems = problems.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        var ruleSet = compiled is null || problems.Any(e => !e.IsWarning) ? null : new RuleSet(definition!, compiled, problems);
        return new RuleSetValidation(location, definition?.Sha256 ?? RuleSetLoader.ContentSha256(files), problems, ruleSet);
    }
}
