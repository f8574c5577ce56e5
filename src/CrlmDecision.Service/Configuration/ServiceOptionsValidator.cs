using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CrlmDecision.Service.Configuration;

/// <summary>Checks <see cref="ServiceOptions"/> at start; every problem is reported in one message.</summary>
internal sealed class ServiceOptionsValidator : IValidateOptions<ServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            problems.Add($"Service:BaseUrl '{options.BaseUrl}' must be the absolute http(s) URL clients call, e.g. https://cds.example.org");
        }

        CheckAuth(options.Auth, problems);
        if (options.Limits.MaxRequestBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            problems.Add($"Service:Limits:MaxRequestBodyBytes {options.Limits.MaxRequestBodyBytes} must be between 1024 and 67108864");
        }

        if (options.Limits.MaxJsonDepth is < 16 or > 256)
        {
            problems.Add($"Service:Limits:MaxJsonDepth {options.Limits.MaxJsonDepth} must be between 16 and 256");
        }

        if (options.Telemetry.Enabled && string.IsNullOrWhiteSpace(options.Telemetry.ServiceName))
        {
            problems.Add("Service:Telemetry:ServiceName is empty; telemetry needs a service name");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckAuth(AuthOptions auth, List<string> problems)
    {
        if (auth.AllowAnonymous && auth.Issuers.Count > 0)
        {
            problems.Add("Service:Auth: AllowAnonymous is true and Issuers are configured; choose one (anonymous is for a local demo only)");
        }

        if (!auth.AllowAnonymous && auth.Issuers.Count == 0)
        {
            problems.Add("Service:Auth: no Issuers are configured; add the CDS clients' issuers and keys, or set AllowAnonymous to true for a local demo");
        }

        for (var i = 0; i < auth.Issuers.Count; i++)
        {
            var issuer = auth.Issuers[i];
            if (string.IsNullOrWhiteSpace(issuer.Issuer))
            {
                problems.Add($"Service:Auth:Issuers:{i}:Issuer is empty");
            }

            if (KeysOf(issuer.JwksJson) is not { Count: > 0 })
            {
                problems.Add($"Service:Auth:Issuers:{i}:JwksJson must be a JSON Web Key Set with at least one public signing key");
            }
        }

        if (auth.MaxTokenLifetimeSeconds is < 10 or > 3600)
        {
            problems.Add($"Service:Auth:MaxTokenLifetimeSeconds {auth.MaxTokenLifetimeSeconds} must be between 10 and 3600");
        }

        if (auth.ClockSkewSeconds is < 0 or > 300)
        {
            problems.Add($"Service:Auth:ClockSkewSeconds {auth.ClockSkewSeconds} must be between 0 and 300");
        }
    }

    /// <summary>The signing keys of a JWKS document; null when it is not one.</summary>
    internal static IList<SecurityKey>? KeysOf(string jwksJson)
    {
        if (string.IsNullOrWhiteSpace(jwksJson))
        {
            return null;
        }

        try
        {
            return new JsonWebKeySet(jwksJson).GetSigningKeys();
        }
        catch (Exception e) when (e is ArgumentException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
