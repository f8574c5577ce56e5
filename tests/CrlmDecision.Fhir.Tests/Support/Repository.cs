namespace CrlmDecision.Fhir.Tests.Support;

/// <summary>Locates files of this repository from the test output folder.</summary>
internal static class Repository
{
    public static string Root => CrlmDecision.Testing.RepositoryRoot.Path;

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);
}
