using System.Net;
using System.Text.Json;

namespace CrlmDecision.Service.Tests;

/// <summary>Options bind from configuration and are checked before the service listens.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("Service:Auth:AllowAnonymous", "false", "no Issuers are configured")]
    [InlineData("Service:BaseUrl", "not a url", "Service:BaseUrl")]
    [InlineData("Service:Limits:MaxRequestBodyBytes", "10", "MaxRequestBodyBytes")]
    [InlineData("CrlmDecision:RuleSetSha256", "0000000000000000000000000000000000000000000000000000000000000000", "0000000000")]
    [InlineData("CrlmDecision:RuleSetVersion", "9.9.9", "9.9.9")]
    public async Task Start_BadSetting_StopsWithTheProblemNamed(string key, string value, string said)
    {
        var failure = await StartFailure(("Service:Auth:AllowAnonymous", "true"), (key, value));

        Assert.Contains(said, failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AnonymousAndIssuers_StopsAskingToChooseOne()
    {
        using var tokens = new TestTokens();

        var failure = await StartFailure([.. tokens.Settings(), ("Service:Auth:AllowAnonymous", "true")]);

        Assert.Contains("choose one", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Anonymous_LogsAWarningThatSaysSo()
    {
        using var service = ServiceFactory.Anonymous();
        using var client = service.Client();
        using var _ = await client.GetAsync("/health/live");

        Assert.Contains(service.Logs, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("ANONYMOUS ACCESS IS ON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_NamesThePinnedRuleSet()
    {
        using var service = ServiceFactory.Anonymous();
        using var client = service.Client();

        using var response = await client.GetAsync("/health/ready");
        using var ready = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ruleSet = ready.RootElement.GetProperty("ruleSet");
        Assert.Equal(AnonymousService.Library.RuleSet.Version, ruleSet.GetProperty("version").GetString());
        Assert.Equal(AnonymousService.Library.RuleSet.Sha256, ruleSet.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesRecommendations()
    {
        using var service = ServiceFactory.Anonymous();
        using var client = service.Client();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var post = document.RootElement.GetProperty("paths").GetProperty("/recommendations").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _));
    }

    /// <summary>
    /// Starts the service as `dotnet run` does (ServiceApp.Build with command-line settings, real Kestrel on a free
    /// port) and returns why the start failed; WebApplicationFactory is not used here because it races with a host
    /// that fails to start.
    /// </summary>
    private static async Task<string> StartFailure(params (string Key, string? Value)[] settings)
    {
        var args = ServiceFactory.Settings(settings).SelectMany(s => new[] { $"--{s.Key}={s.Value}" }).Prepend("http://127.0.0.1:0").Prepend("--urls").ToArray();
        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var app = Hosting.ServiceApp.Build(args);
            await app.StartAsync();
            await app.StopAsync();
        });
        Assert.NotNull(failure);
        return Flatten(failure);
    }

    private static string Flatten(Exception failure) =>
        failure is AggregateException aggregate ? string.Join("\n", aggregate.InnerExceptions.Select(Flatten)) : failure.ToString();
}
