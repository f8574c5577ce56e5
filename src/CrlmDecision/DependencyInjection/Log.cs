using Microsoft.Extensions.Logging;

namespace CrlmDecision.DependencyInjection;

/// <summary>Every log line of the library; none takes patient facts as an argument, by construction.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "CrlmDecision engine {Engine} loaded rule set {RuleSetId} {RuleSetVersion} (sha256 {RuleSetSha256}, {RuleCount} rules) in {CompileMs} ms from {Location}; draft: {IsDraft}")]
    public static partial void Loaded(ILogger logger, string engine, string ruleSetId, string ruleSetVersion, string ruleSetSha256, int ruleCount, long compileMs, string location, bool isDraft);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "CrlmDecision engine {Engine} rule-set warning: {Warning}")]
    public static partial void RuleSetWarning(ILogger logger, string engine, string warning);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical, Message = "CrlmDecision engine {Engine} could not load the rule set at {Location}: {ErrorCount} error(s); the host must not start")]
    public static partial void LoadFailed(ILogger logger, string engine, string location, int errorCount);
}
