using CrlmDecision.Service.Configuration;
using CrlmDecision.Service.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrlmDecision.Service.Security;

/// <summary>
/// CDS Hooks 2.0 authorisation: a JWT bearer token signed (ES384 or RS384) by a configured issuer's key, whose
/// <c>aud</c> is this service, unexpired, at most <c>MaxTokenLifetimeSeconds</c> long, carrying a <c>jti</c> not
/// seen before. Anonymous access only when <c>Service:Auth:AllowAnonymous</c> is set.
/// </summary>
internal static class CdsAuthorization
{
    /// <summary>The policy every patient endpoint requires.</summary>
    public const string Policy = "cds-client";

    private static readonly string[] Algorithms = [SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSha384];

    public static void Add(IServiceCollection services, IEnumerable<string> servicePaths)
    {
        var paths = servicePaths.ToList();
        services.AddSingleton(sp =>
        {
            var auth = sp.GetRequiredService<IOptions<ServiceOptions>>().Value.Auth;
            return new ReplayGuard(sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(auth.ClockSkewSeconds));
        });
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorization();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<ServiceOptions>, IServiceProvider>((jwt, options, provider) => Configure(jwt, options.Value, paths, provider));
        services.AddOptions<AuthorizationOptions>()
            .Configure<IOptions<ServiceOptions>>((authorization, options) => authorization.AddPolicy(Policy, policy =>
            {
                if (options.Value.Auth.AllowAnonymous)
                {
                    policy.RequireAssertion(_ => true);
                }
                else
                {
                    policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser();
                }
            }));
    }

    private static void Configure(JwtBearerOptions jwt, ServiceOptions options, List<string> paths, IServiceProvider provider)
    {
        var auth = options.Auth;
        var keys = auth.Issuers.ToDictionary(i => i.Issuer, i => ServiceOptionsValidator.KeysOf(i.JwksJson) ?? [], StringComparer.Ordinal);
        var baseUrl = options.BaseUrl.TrimEnd('/');
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = provider.GetRequiredService<TimeProvider>();
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = keys.Keys,
            ValidAudiences = [baseUrl, .. paths.Select(path => baseUrl + path)],
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(auth.ClockSkewSeconds),
            // Only the keys of the issuer the token names: one client's key cannot sign for another.
            IssuerSigningKeyResolver = (_, token, _, _) => token is JsonWebToken jwtToken && keys.TryGetValue(jwtToken.Issuer, out var issuerKeys) ? issuerKeys : [],
        };
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context => CheckTokenId(context, auth),
            OnChallenge = async context =>
            {
                context.HandleResponse();
                var why = context.AuthenticateFailure is null ? "a bearer token is required" : "the bearer token was refused: " + Reason(context.AuthenticateFailure);
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await OperationOutcome.Error("login", why).WriteAsync(context.Response, StatusCodes.Status401Unauthorized);
            },
        };
    }

    private static Task CheckTokenId(TokenValidatedContext context, AuthOptions auth)
    {
        if (context.SecurityToken is not JsonWebToken token)
        {
            context.Fail("not a JSON Web Token");
            return Task.CompletedTask;
        }

        var issuedAt = token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Iat, out var iat) ? DateTimeOffset.FromUnixTimeSeconds(iat) : (DateTimeOffset?)null;
        if (string.IsNullOrEmpty(token.Id))
        {
            context.Fail("the token has no jti");
        }
        else if (issuedAt is null || token.ValidTo - issuedAt.Value.UtcDateTime > TimeSpan.FromSeconds(auth.MaxTokenLifetimeSeconds))
        {
            context.Fail($"the token has no iat, or lives longer than {auth.MaxTokenLifetimeSeconds} seconds");
        }
        else if (issuedAt.Value > Now(context) + TimeSpan.FromSeconds(auth.ClockSkewSeconds)
            || token.ValidTo > (Now(context) + TimeSpan.FromSeconds(auth.MaxTokenLifetimeSeconds + auth.ClockSkewSeconds)).UtcDateTime)
        {
            // An iat in the future would stretch the lifetime cap, and so the replay guard's memory, without bound.
            context.Fail($"the token's iat is in the future, or it expires more than {auth.MaxTokenLifetimeSeconds} seconds from now");
        }
        else if (!context.HttpContext.RequestServices.GetRequiredService<ReplayGuard>().TryAccept(token.Issuer, token.Id, token.ValidTo))
        {
            context.Fail("the token's jti was already used");
        }

        return Task.CompletedTask;
    }

    private static DateTimeOffset Now(TokenValidatedContext context) => context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>Why a token was refused, in words safe to return (no key material, no claims).</summary>
    private static string Reason(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "it has expired",
        SecurityTokenNotYetValidException => "it is not valid yet",
        SecurityTokenInvalidAudienceException => "its aud is not this service",
        SecurityTokenInvalidIssuerException => "its issuer is not configured",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature does not verify with the issuer's keys",
        SecurityTokenInvalidAlgorithmException => "its algorithm is not ES384 or RS384",
        SecurityTokenNoExpirationException => "it has no exp",
        AuthenticationFailureException => failure.Message,
        _ => "it is not a valid token",
    };
}
