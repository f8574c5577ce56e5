using Microsoft.Extensions.Logging;

namespace CrlmDecision.DependencyInjection;

/// <summary>Every log line of the library; none takes patient facts as an argument, by construction.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "CrlmDecision engine {Engine} loaded rule set {RuleSetId} {RuleSetVersion} (sha256 {RuleSetSha256}, {RuleCount} rules) in {CompileMs} ms from {Location}; draft: {IsDraft}")]
    public static partial void Loaded(ILogger logger, string engine, string ruleSetId, string ruleSetVersion, string ruleSetSha256, int ruleCount, long compileMs, string location, bool isDraft);

    // Rule-set warnings (e.g. a catalogue entry no rule cites) concern rule authors, who see them in
    // `crlm scenarios`; a host logs only their count unless Debug is on.
    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "CrlmDecision engine {Engine} rule set has {WarningCount} authoring warning(s); enable Debug to list them")]
    public static partial void RuleSetWarnings(ILogger logger, string engine, int warningCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "CrlmDecision engine {Engine} rule-set warning: {Warning}")]
    public static partial void RuleSetWarning(ILogger logger, string engine, RuleModel.RuleSetError warning);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical, Message = "CrlmDecision engine {Engine} could not load the rule set at {Location}: {ErrorCount} error(s); the host must not start")]
    public static partial void LoadFailed(ILogger logger, string engine, string location, int errorCount);
}
