using CrlmDecision.Service.Configuration;
using Microsoft.Extensions.Options;

namespace CrlmDecision.Service.Hosting;

/// <summary>What the service says once it listens: who may call it and which rule set answers. Never patient data.</summary>
internal static partial class StartupLog
{
    public static void Write(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("CrlmDecision.Service");
        var options = services.GetRequiredService<IOptions<ServiceOptions>>().Value;
        var ruleSet = services.GetRequiredService<ICrlmDecisionEngine>().RuleSet;
        if (options.Auth.AllowAnonymous)
        {
            AnonymousAccess(logger);
        }
        else
        {
            TokensRequired(logger, options.Auth.Issuers.Count, options.BaseUrl);
        }

        Serving(logger, ruleSet.Id, ruleSet.Version, ruleSet.Sha256, options.Telemetry.Enabled ? "on" : "off");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ANONYMOUS ACCESS IS ON (Service:Auth:AllowAnonymous): every patient endpoint answers without a token. For a local demo only; never expose this service so.")]
    private static partial void AnonymousAccess(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Patient endpoints require a CDS Hooks bearer token from one of {IssuerCount} configured issuers, with aud {BaseUrl}")]
    private static partial void TokensRequired(ILogger logger, int issuerCount, string baseUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving rule set {RuleSetId} {RuleSetVersion} (sha256 {Sha256}); telemetry export {Telemetry}")]
    private static partial void Serving(ILogger logger, string ruleSetId, string ruleSetVersion, string sha256, string telemetry);
}
