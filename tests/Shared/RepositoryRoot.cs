namespace CrlmDecision.Testing;

/// <summary>The repository's root folder (the one holding CrlmDecision.sln), found from a test's output folder; linked into every test project.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CrlmDecision.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CrlmDecision.sln not found above " + AppContext.BaseDirectory);
    }
}
