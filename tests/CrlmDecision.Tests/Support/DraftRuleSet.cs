using CrlmDecision.RuleModel;

namespace CrlmDecision.Tests.Support;

/// <summary>
/// The newest released rule set of the repository, and a draft copy of it made as docs/rule-authoring.md §9
/// says: copy the folder, set <c>version</c> and <c>status: draft</c> in its manifest, drop contentSha256.
/// </summary>
internal static class DraftRuleSet
{
    public static string VersionsRoot { get; } = Repository.Path_("rules", RuleSetVersions.DefaultId);

    /// <summary>The newest released version under rules/crlm-local-therapy, computed from the manifests.</summary>
    public static string NewestReleased => Path.GetFileName(RuleSetVersions.Resolve(VersionsRoot, null));

    /// <summary>
    /// The next minor version after the newest released one, as a draft (e.g. 1.1.0-draft after 1.0.x), or
    /// 1.1.0-draft.2, .3 ... when an author's draft of that name is already in the repository.
    /// </summary>
    public static string NextDraftVersion
    {
        get
        {
            var parts = NewestReleased.Split('-')[0].Split('.');
            var next = $"{parts[0]}.{int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 1}.0-draft";
            var candidate = next;
            for (var n = 2; Directory.Exists(Path.Combine(VersionsRoot, candidate)); n++)
            {
                candidate = $"{next}.{n}";
            }

            return candidate;
        }
    }

    /// <summary>Copies the newest released set (scenarios included) to <paramref name="versionsRoot"/>/<see cref="NextDraftVersion"/>.</summary>
    public static string CopyTo(string versionsRoot)
    {
        var source = Path.Combine(VersionsRoot, NewestReleased);
        var target = Path.Combine(versionsRoot, NextDraftVersion);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var manifest = Path.Combine(target, RuleSetFile.Manifest);
        var lines = File.ReadAllLines(manifest)
            .Where(l => !l.StartsWith("contentSha256:", StringComparison.Ordinal))
            .Select(l => l.StartsWith("version:", StringComparison.Ordinal) ? "version: " + NextDraftVersion
                : l.StartsWith("status:", StringComparison.Ordinal) ? "status: draft"
                : l);
        File.WriteAllLines(manifest, lines);
        return target;
    }
}
