using System.Reflection;
using PublicApiGenerator;
using Xunit;

namespace CrlmDecision.Testing;

/// <summary>
/// Approval of an assembly's public API against `tests/PROJECT/PublicApi/NAME.approved.txt`: a difference writes
/// NAME.received.txt beside it and fails with the command that approves it after review. Linked into the test projects.
/// </summary>
internal static class ApiBaseline
{
    public static void Check(Assembly assembly, string testProject)
    {
        var name = assembly.GetName().Name!;
        var folder = Path.Combine(RepositoryRoot.Path, "tests", testProject, "PublicApi");
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        var options = new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] };

        var received = Normalise(assembly.GeneratePublicApi(options));
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : "";
        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        var relative = $"tests/{testProject}/PublicApi/{name}";
        Assert.Fail(
            $"The public API of {name} differs from the approved baseline.\n" +
            $"  received: {receivedPath}\n  approved: {approvedPath}\n" +
            "If the change is intended, review the diff and approve it from the repository root with:\n" +
            $"  cp {relative}.received.txt {relative}.approved.txt");
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
