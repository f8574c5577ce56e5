namespace CrlmDecision.Tests.Support;

/// <summary>Fixture rule sets under tests/CrlmDecision.Tests/Fixtures, and scratch copies tests may change.</summary>
internal static class Fixtures
{
    public static string Versions { get; } = Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures", "versions");

    public static string Broken { get; } = Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures", "broken");

    public static string Version(string version) => Path.Combine(Versions, version);

    /// <summary>A fresh copy of <paramref name="source"/> in a temporary folder, so a test can change files.</summary>
    public static string Copy(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "crlm-tests", Path.GetRandomFileName());
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
