namespace CrlmDecision.Tests.PublicApi;

/// <summary>
/// The library's public API is approved in CrlmDecision.approved.txt, so every change to it is a deliberate,
/// reviewed diff. To approve a change: run the tests, review the diff, then
/// <c>cp tests/CrlmDecision.Tests/PublicApi/CrlmDecision.received.txt tests/CrlmDecision.Tests/PublicApi/CrlmDecision.approved.txt</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Library_MatchesApprovedBaseline() => CrlmDecision.Testing.ApiBaseline.Check(typeof(ICrlmDecisionEngine).Assembly, "CrlmDecision.Tests");
}
