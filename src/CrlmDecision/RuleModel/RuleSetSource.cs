using System.Reflection;

namespace CrlmDecision.RuleModel;

/// <summary>Where a rule set's files come from: a directory, or the copies embedded in this assembly.</summary>
internal static class RuleSetSource
{
    private const string EmbeddedPrefix = "rules/";

    /// <summary>The files of the rule set in <paramref name="directory"/> (scenarios are not part of it), in path order.</summary>
    public static IReadOnlyList<RuleSetFile> FromDirectory(string directory)
    {
        var root = string.IsNullOrWhiteSpace(directory) ? "" : Path.GetFullPath(directory);
        if (root.Length == 0 || !Directory.Exists(root))
        {
            throw new RuleSetException(directory, [new RuleSetError(directory, 0, null, "directory not found", "pass the folder that holds manifest.yaml, e.g. rules/crlm-local-therapy/1.0.0")]);
        }

        // Only the set's own files: the top level and rules/ (never a walk over an arbitrary tree).
        var rulesDir = Path.Combine(root, "rules");
        var candidates = Directory.EnumerateFiles(root, "*.yaml", SearchOption.TopDirectoryOnly)
            .Concat(Directory.Exists(rulesDir) ? Directory.EnumerateFiles(rulesDir, "*.yaml", SearchOption.AllDirectories) : []);
        try
        {
            return candidates
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(IsRuleSetFile)
                .Order(StringComparer.Ordinal)
                .Select(relative => new RuleSetFile(relative, File.ReadAllText(Path.Combine(root, relative))))
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RuleSetException(directory, [new RuleSetError(directory, 0, null, "cannot read the rule set: " + e.Message)]);
        }
    }

    /// <summary>Versions of <paramref name="id"/> embedded in the assembly.</summary>
    public static IReadOnlyList<string> EmbeddedVersions(string id) =>
        EmbeddedNames()
            .Select(n => n.Split('/'))
            .Where(parts => parts.Length > 3 && parts[1] == id)
            .Select(parts => parts[2])
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The embedded files of <paramref name="id"/>/<paramref name="version"/>, in path order.</summary>
    public static IReadOnlyList<RuleSetFile> FromEmbedded(string id, string version)
    {
        var prefix = $"{EmbeddedPrefix}{id}/{version}/";
        var assembly = typeof(RuleSetSource).Assembly;
        return EmbeddedNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => new RuleSetFile(n[prefix.Length..], Read(assembly, n)))
            .Where(f => IsRuleSetFile(f.Path))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
    }

    private static bool IsRuleSetFile(string relative) =>
        relative is RuleSetFile.Manifest or RuleSetFile.Citations or RuleSetFile.Derived or RuleSetFile.TrialsFile
        || (relative.StartsWith(RuleSetFile.RulesFolder, StringComparison.Ordinal) && relative.EndsWith(".yaml", StringComparison.Ordinal));

    private static IEnumerable<string> EmbeddedNames() =>
        typeof(RuleSetSource).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal));

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
