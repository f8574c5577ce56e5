namespace CrlmDecision.Tests.Support;

/// <summary>
/// A throw-away copy of a rule set (without scenarios) that a test may change, e.g. by adding a hostile
/// rule file; deleted on dispose.
/// </summary>
internal sealed class RuleSetCopy : IDisposable
{
    private RuleSetCopy(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>Copies the current rule set; with <paramref name="unpin"/>, drops the manifest's contentSha256 pin.</summary>
    public static RuleSetCopy OfCurrent(bool unpin) => Of(Repository.RuleSet(), unpin);

    /// <summary>Copies the fixture rule set tests/CrlmDecision.Tests/Fixtures/<paramref name="name"/>.</summary>
    public static RuleSetCopy OfFixture(string name) => Of(Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures", name), unpin: false);

    public static RuleSetCopy Of(string source, bool unpin)
    {
        var target = Path.Combine(Path.GetTempPath(), "crlm-safety-" + Path.GetRandomFileName());
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("scenarios", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var text = File.ReadAllText(file);
            if (unpin && relative == "manifest.yaml")
            {
                text = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("contentSha256:", StringComparison.Ordinal)));
            }

            File.WriteAllText(destination, text);
        }

        return new RuleSetCopy(target);
    }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    /// <summary>Appends a test rule to <c>rules/main.yaml</c> (the Minimal fixture's rule file).</summary>
    public void AddRule(string id, string when, string option = "resection", string effect = "caution") =>
        File.AppendAllText(Path.Combine(Directory, "rules", "main.yaml"), $"""
              - id: {id}
                title: Test rule
                section: "2.1.1"
                evidence: consensus
                when: >-
                  {when}
                then:
                  option: {option}
                  effect: {effect}
                because: Test.
                cite: [review, ref1]

            """);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
