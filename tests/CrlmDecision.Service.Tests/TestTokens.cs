using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrlmDecision.Service.Tests;

/// <summary>A CDS client's ES384 signing key, its published JWKS, and the tokens it sends (CDS Hooks 2.0).</summary>
public sealed class TestTokens : IDisposable
{
    public const string BaseUrl = "https://cds.test.example";
    public const string Issuer = "https://ehr.test.example";

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private readonly ECDsaSecurityKey _signingKey;

    public TestTokens(string keyId = "ehr-key-1")
    {
        _signingKey = new ECDsaSecurityKey(_key) { KeyId = keyId };
        var publicJwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ECDsa.Create(_key.ExportParameters(false))) { KeyId = keyId });
        publicJwk.Use = "sig";
        publicJwk.Alg = SecurityAlgorithms.EcdsaSha384;
        JwksJson = System.Text.Json.JsonSerializer.Serialize(new { keys = new[] { ToDictionary(publicJwk) } });
    }

    /// <summary>The public JWKS document of this client, as the service's configuration holds it.</summary>
    public string JwksJson { get; }

    /// <summary>Service settings trusting this client.</summary>
    public IEnumerable<(string Key, string? Value)> Settings(string issuer = Issuer) =>
    [
        ("Service:Auth:AllowAnonymous", "false"),
        ("Service:Auth:Issuers:0:Issuer", issuer),
        ("Service:Auth:Issuers:0:JwksJson", JwksJson),
    ];

    /// <summary>A signed token; each argument can be spoiled to test one refusal.</summary>
    public string Token(
        string issuer = Issuer,
        string audience = BaseUrl,
        TimeSpan? lifetime = null,
        TimeSpan? expiredAgo = null,
        TimeSpan? issuedIn = null,
        bool withNotBefore = true,
        string? jti = null,
        bool withJti = true,
        string algorithm = SecurityAlgorithms.EcdsaSha384)
    {
        var now = DateTime.UtcNow + (issuedIn ?? TimeSpan.Zero);
        var expires = expiredAgo is { } ago ? now - ago : now + (lifetime ?? TimeSpan.FromMinutes(5));
        var issued = expiredAgo is { } ago2 ? now - ago2 - TimeSpan.FromMinutes(1) : now;
        var claims = new Dictionary<string, object> { ["iss"] = issuer, ["aud"] = audience };
        if (withJti)
        {
            claims["jti"] = jti ?? Guid.NewGuid().ToString("N");
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = issued,
            NotBefore = withNotBefore ? issued : null,
            Expires = expires,
            SigningCredentials = new SigningCredentials(_signingKey, algorithm),
        });
    }

    public void Dispose() => _key.Dispose();

    private static Dictionary<string, string> ToDictionary(JsonWebKey key) => new()
    {
        ["kty"] = key.Kty, ["crv"] = key.Crv, ["x"] = key.X, ["y"] = key.Y, ["kid"] = key.Kid, ["use"] = key.Use, ["alg"] = key.Alg,
    };
}
