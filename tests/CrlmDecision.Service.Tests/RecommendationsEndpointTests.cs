using System.Net;
using System.Text;
using System.Text.Json;
using CrlmDecision.Localisation;
using CrlmDecision.Reports;

namespace CrlmDecision.Service.Tests;

public sealed class RecommendationsEndpointTests(AnonymousService service) : IClassFixture<AnonymousService>
{
    [Theory]
    [MemberData(nameof(FactsJson.Examples), MemberType = typeof(FactsJson))]
    public async Task Post_DocsExample_AnswersTheLibraryReportByteForByte(string example)
    {
        var facts = FactsJson.Example(example);

        using var response = await service.Client.PostAsync("/recommendations", Json(FactsJson.Of(facts)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ReportJson.Serialize(AnonymousService.Library.Recommend(facts)), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_ChineseLanguage_AnswersTheLibraryChineseReport()
    {
        var facts = FactsJson.Example("resectable-solitary");

        using var response = await service.Client.PostAsync("/recommendations?lang=zh-CN", Json(FactsJson.Of(facts)));

        Assert.Equal(ReportJson.Serialize(AnonymousService.Library.Recommend(facts), ReportLanguage.Chinese), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_FactsOutOfRange_400NamingEachFieldAndWhatIsAllowed()
    {
        const string body = """{"schemaVersion": 1, "ecog": 9, "liver": {"lesions": [{"diameterMm": 20, "segment": 9}]}}""";

        var outcome = await Refused(await service.Client.PostAsync("/recommendations", Json(body)), HttpStatusCode.BadRequest);

        Assert.Contains(outcome, issue => issue.Expression == "ecog" && issue.Diagnostics.Contains("from 0 to 4", StringComparison.Ordinal));
        Assert.Contains(outcome, issue => issue.Expression == "liver.lesions[0].segment" && issue.Diagnostics.Contains("1 to 8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, ", "not valid YAML or JSON")]
    [InlineData("[1, 2, 3]", "")]
    [InlineData("{\"schemaVersion\": 1, \"ecgo\": 1}", "ecgo")]
    [InlineData("", "empty")]
    public async Task Post_MalformedOrMisshapenJson_400WithOutcome(string body, string said)
    {
        var outcome = await Refused(await service.Client.PostAsync("/recommendations", Json(body)), HttpStatusCode.BadRequest);

        Assert.Contains(outcome, issue => issue.Diagnostics.Contains(said, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_HostileDepth_400AndTheServiceKeepsServing()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        await Refused(await service.Client.PostAsync("/recommendations", Json(deep)), HttpStatusCode.BadRequest);
        using var next = await service.Client.PostAsync("/recommendations", Json(FactsJson.Of(FactsJson.Example("resectable-solitary"))));

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_413()
    {
        var huge = "{\"patientId\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var outcome = await Refused(await service.Client.PostAsync("/recommendations", Json(huge)), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains(outcome, issue => issue.Diagnostics.Contains("1048576 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_413()
    {
        var huge = "{\"patientId\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/recommendations") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await Refused(await service.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_NotJson_415()
    {
        using var content = new StringContent("schemaVersion: 1", Encoding.UTF8, "application/x-www-form-urlencoded");

        await Refused(await service.Client.PostAsync("/recommendations", content), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_UnknownLanguage_400NamingTheLanguages()
    {
        var outcome = await Refused(await service.Client.PostAsync("/recommendations?lang=fr", Json("{}")), HttpStatusCode.BadRequest);

        Assert.Contains(outcome, issue => issue.Diagnostics.Contains("zh-CN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_UnknownPath_404Outcome()
    {
        await Refused(await service.Client.GetAsync("/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_Recommendations_405Outcome()
    {
        await Refused(await service.Client.GetAsync("/recommendations"), HttpStatusCode.MethodNotAllowed);
    }

    internal static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>Asserts the status and an OperationOutcome body (never a stack trace); returns its issues.</summary>
    internal static async Task<IReadOnlyList<(string Diagnostics, string? Expression)>> Refused(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            using var outcome = JsonDocument.Parse(text);
            Assert.Equal("OperationOutcome", outcome.RootElement.GetProperty("resourceType").GetString());
            return outcome.RootElement.GetProperty("issue").EnumerateArray()
                .Select(issue => (
                    issue.GetProperty("diagnostics").GetString()!,
                    issue.TryGetProperty("expression", out var e) ? e[0].GetString() : null))
                .ToList();
        }
    }
}
