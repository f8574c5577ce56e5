namespace CrlmDecision.Tests.Support;

/// <summary>Locates files of this repository from the test output folder.</summary>
internal static class Repository
{
    public static string Root => CrlmDecision.Testing.RepositoryRoot.Path;

    /// <summary>The folder of <paramref name="version"/>, or of the newest released version (the one hosts get by default).</summary>
    public static string RuleSet(string? version = null) =>
        CrlmDecision.RuleModel.RuleSetVersions.Resolve(Path.Combine(Root, "rules", "crlm-local-therapy"), version);

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);
}
