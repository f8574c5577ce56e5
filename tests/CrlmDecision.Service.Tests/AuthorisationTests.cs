using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.Tokens;
using static CrlmDecision.Service.Tests.RecommendationsEndpointTests;

namespace CrlmDecision.Service.Tests;

/// <summary>CDS Hooks 2.0 authorisation: only a fresh token signed by a configured issuer for this service passes.</summary>
public sealed class AuthorisationTests : IDisposable
{
    private readonly TestTokens _client = new();
    private readonly ServiceFactory _service;
    private readonly HttpClient _http;

    public AuthorisationTests()
    {
        _service = new ServiceFactory(ServiceFactory.Settings(_client.Settings()));
        _http = _service.Client();
    }

    [Fact]
    public async Task Post_ValidToken_200()
    {
        using var response = await Send(_client.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenForTheEndpointUrl_200()
    {
        using var response = await Send(_client.Token(audience: TestTokens.BaseUrl + "/recommendations"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoToken_401WithOutcome()
    {
        var outcome = await Refused(await Send(null), HttpStatusCode.Unauthorized);

        Assert.Contains(outcome, issue => issue.Diagnostics.Contains("bearer token is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/cds-services/crlm-local-therapy")]
    [InlineData("/fhir/GuidanceResponse/$evaluate")]
    [InlineData("/recommendations")]
    public async Task Post_PatientEndpointWithoutToken_401(string path)
    {
        await Refused(await _http.PostAsync(path, Json("{}")), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_PatientViewWithValidToken_Cards()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cds-services/crlm-local-therapy")
        {
            Content = Json(PrefetchRequests.Request(PrefetchRequests.ExampleBundle("resectable-solitary"))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _client.Token(audience: TestTokens.BaseUrl + "/cds-services/crlm-local-therapy"));

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(PrefetchRequests.Cards(await response.Content.ReadAsStringAsync()));
    }

    public static TheoryData<string, string> Spoilt => new()
    {
        { "expired", "expired" },
        { "audience", "aud" },
        { "issuer", "issuer" },
        { "key", "signature" },
        { "no-jti", "jti" },
        { "too-long", "longer than 300 seconds" },
        { "algorithm", "" },
        { "future-iat", "iat is in the future" },
        { "garbage", "" },
    };

    [Theory]
    [MemberData(nameof(Spoilt))]
    public async Task Post_SpoiltToken_401SayingWhy(string spoilt, string said)
    {
        using var stranger = new TestTokens();
        var token = spoilt switch
        {
            "expired" => _client.Token(expiredAgo: TimeSpan.FromMinutes(5)),
            "audience" => _client.Token(audience: "https://other-service.example"),
            "issuer" => _client.Token(issuer: "https://unknown-ehr.example"),
            "key" => stranger.Token(),
            "no-jti" => _client.Token(withJti: false),
            "too-long" => _client.Token(lifetime: TimeSpan.FromHours(1)),
            "algorithm" => _client.Token(algorithm: SecurityAlgorithms.EcdsaSha256),
            "future-iat" => _client.Token(issuedIn: TimeSpan.FromDays(365), lifetime: TimeSpan.FromSeconds(60), withNotBefore: false),
            _ => "not.a.token",
        };

        var outcome = await Refused(await Send(token), HttpStatusCode.Unauthorized);

        Assert.Contains(outcome, issue => issue.Diagnostics.Contains(said, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ReplayedToken_401TheSecondTime()
    {
        var token = _client.Token();

        using var first = await Send(token);
        var outcome = await Refused(await Send(token), HttpStatusCode.Unauthorized);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(outcome, issue => issue.Diagnostics.Contains("already used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_UnsignedToken_401()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode($$"""{"iss":"{{TestTokens.Issuer}}","aud":"{{TestTokens.BaseUrl}}","exp":{{DateTimeOffset.UtcNow.AddMinutes(4).ToUnixTimeSeconds()}},"iat":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"jti":"x1"}""");

        await Refused(await Send($"{header}.{payload}."), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    public async Task Get_OpenEndpoints_AnswerWithoutToken(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose()
    {
        _http.Dispose();
        _service.Dispose();
        _client.Dispose();
    }

    private Task<HttpResponseMessage> Send(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/recommendations") { Content = Json(FactsJson.Of(FactsJson.Example("resectable-solitary"))) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return _http.SendAsync(request);
    }
}
