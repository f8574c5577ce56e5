namespace CrlmDecision.RuleModel;

/// <summary>
/// Several versions of a rule set side by side in one folder (rules/&lt;id&gt;/&lt;version&gt;/): lists them,
/// pins one, and picks the default, the newest released version (a manifest with <c>status: draft</c> is
/// never the default), the same choice loading an embedded rule set makes.
/// </summary>
public static class RuleSetVersions
{
    /// <summary>The rule-set id of the shipped knowledge base.</summary>
    public const string DefaultId = "crlm-local-therapy";

    /// <summary>The version folders under <paramref name="root"/> (those holding manifest.yaml), newest first.</summary>
    public static IReadOnlyList<string> List(string root) =>
        Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Where(d => File.Exists(Path.Combine(d, RuleSetFile.Manifest)))
                .Select(Path.GetFileName)
                .OfType<string>()
                .OrderByDescending(v => v, SemanticVersionComparer.Instance)
                .ToArray()
            : [];

    /// <summary>Whether the manifest in <paramref name="directory"/> says <c>status: draft</c>.</summary>
    public static bool IsDraft(string directory)
    {
        var manifest = Path.Combine(directory, RuleSetFile.Manifest);
        var parsed = RuleSetParser.Parse([new RuleSetFile(RuleSetFile.Manifest, File.ReadAllText(manifest))]);
        return parsed.Manifest?.IsDraft ?? true;
    }

    /// <summary>
    /// The folder of <paramref name="version"/> under <paramref name="root"/>, or of the newest released
    /// version when <paramref name="version"/> is null.
    /// </summary>
    /// <exception cref="RuleSetException">No such version, or no released version.</exception>
    public static string Resolve(string root, string? version)
    {
        var versions = List(root);
        var available = versions.Count == 0 ? "none" : string.Join(", ", versions);
        if (version is not null)
        {
            return versions.Contains(version, StringComparer.Ordinal)
                ? Path.Combine(root, version)
                : throw new RuleSetException(root, [new RuleSetError(root, 0, null, $"version {version} not found", "available: " + available)]);
        }

        return versions.Select(v => Path.Combine(root, v)).FirstOrDefault(d => !IsDraft(d))
            ?? throw new RuleSetException(root, [new RuleSetError(root, 0, null, "no released version (every manifest says status: draft)", "available: " + available)]);
    }

    /// <summary>
    /// rules/&lt;id&gt; in <paramref name="start"/> or the nearest folder above it, so the CLI finds the rule
    /// sets from anywhere inside the repository; <paramref name="start"/>/rules/&lt;id&gt; when there is none.
    /// </summary>
    public static string FindRoot(string start, string id = DefaultId)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rules", id);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(start, "rules", id);
    }
}
