namespace CrlmDecision.Fhir.Tests.Support;

/// <summary>Locates files of this repository from the test output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrlmDecision.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CrlmDecision.sln not found above " + AppContext.BaseDirectory);
    }
}
