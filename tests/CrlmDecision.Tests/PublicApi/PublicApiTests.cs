using CrlmDecision.Evaluation;
using CrlmDecision.Tests.Support;
using PublicApiGenerator;

namespace CrlmDecision.Tests.PublicApi;

/// <summary>
/// The library's public API is approved in CrlmDecision.approved.txt, so every change to it is a deliberate,
/// reviewed diff. To approve a change: run the tests, review the diff, then
/// <c>cp tests/CrlmDecision.Tests/PublicApi/CrlmDecision.received.txt tests/CrlmDecision.Tests/PublicApi/CrlmDecision.approved.txt</c>.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string Folder = Repository.Path_("tests", "CrlmDecision.Tests", "PublicApi");

    [Fact]
    public void PublicApi_Library_MatchesApprovedBaseline()
    {
        var approvedPath = Path.Combine(Folder, "CrlmDecision.approved.txt");
        var receivedPath = Path.Combine(Folder, "CrlmDecision.received.txt");
        var options = new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] };

        var received = Normalise(typeof(ICrlmDecisionEngine).Assembly.GeneratePublicApi(options));
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : "";

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            "The public API of CrlmDecision differs from the approved baseline.\n" +
            $"  received: {receivedPath}\n  approved: {approvedPath}\n" +
            "If the change is intended, review the diff and approve it from the repository root with:\n" +
            "  cp tests/CrlmDecision.Tests/PublicApi/CrlmDecision.received.txt tests/CrlmDecision.Tests/PublicApi/CrlmDecision.approved.txt");
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
