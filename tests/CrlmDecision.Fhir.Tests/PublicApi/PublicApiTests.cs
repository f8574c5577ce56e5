using CrlmDecision.Fhir.Tests.Support;
using PublicApiGenerator;

namespace CrlmDecision.Fhir.Tests.PublicApi;

/// <summary>
/// The public API of CrlmDecision.Fhir is approved in CrlmDecision.Fhir.approved.txt, so every change to it is a
/// deliberate, reviewed diff. To approve a change: run the tests, review the diff, then
/// <c>cp tests/CrlmDecision.Fhir.Tests/PublicApi/CrlmDecision.Fhir.received.txt tests/CrlmDecision.Fhir.Tests/PublicApi/CrlmDecision.Fhir.approved.txt</c>.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string Folder = Repository.Path_("tests", "CrlmDecision.Fhir.Tests", "PublicApi");

    [Fact]
    public void PublicApi_FhirPackage_MatchesApprovedBaseline()
    {
        var approvedPath = Path.Combine(Folder, "CrlmDecision.Fhir.approved.txt");
        var receivedPath = Path.Combine(Folder, "CrlmDecision.Fhir.received.txt");
        var options = new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] };

        var received = Normalise(typeof(FhirFactsMapper).Assembly.GeneratePublicApi(options));
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : "";

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            "The public API of CrlmDecision.Fhir differs from the approved baseline.\n" +
            $"  received: {receivedPath}\n  approved: {approvedPath}\n" +
            "If the change is intended, review the diff and approve it from the repository root with:\n" +
            "  cp tests/CrlmDecision.Fhir.Tests/PublicApi/CrlmDecision.Fhir.received.txt tests/CrlmDecision.Fhir.Tests/PublicApi/CrlmDecision.Fhir.approved.txt");
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
