using System.Diagnostics;
using CrlmDecision.RuleModel;
using Microsoft.Extensions.Logging;

namespace CrlmDecision.DependencyInjection;

/// <summary>
/// Loads and compiles the rule set of one registration and wraps it in an engine. Runs once per registration
/// (the engine is a singleton), normally while the host starts (<see cref="CrlmDecisionStartup"/>).
/// </summary>
/// <remarks>Logs the rule set's identity only; the engine itself never logs, so patient facts never reach a log.</remarks>
internal static class EngineFactory
{
    public static ICrlmDecisionEngine Create(CrlmDecisionRegistration registration, ILogger logger)
    {
        var options = registration.Options;
        var started = Stopwatch.GetTimestamp();
        RuleSet ruleSet;
        try
        {
            ruleSet = options.RuleSetDirectory is { } directory
                ? RuleSet.Load(directory)
                : RuleSet.LoadEmbedded(options.RuleSetVersion);
            if (options.RuleSetSha256 is { } pinned && !string.Equals(pinned, ruleSet.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new RuleSetException(ruleSet.Location, [new RuleSetError(
                    ruleSet.Location, 0, null,
                    $"content sha256 {ruleSet.Sha256} differs from the pinned RuleSetSha256 {pinned}",
                    "the rule set changed: review it, then update RuleSetSha256")]);
            }
        }
        catch (RuleSetException ex)
        {
            var errorCount = ex.Errors.Count(e => !e.IsWarning);
            Log.LoadFailed(logger, registration.Name, ex.Location, errorCount);
            throw new InvalidOperationException($"CrlmDecision engine {registration.Name} cannot start. {ex.Message}", ex);
        }

        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Log.Loaded(logger, registration.Name, ruleSet.Id, ruleSet.Version, ruleSet.Sha256, ruleSet.RuleCount, elapsedMs, ruleSet.Location, ruleSet.IsDraft);
        if (ruleSet.Warnings.Count > 0)
        {
            Log.RuleSetWarnings(logger, registration.Name, ruleSet.Warnings.Count);
        }

        foreach (var warning in ruleSet.Warnings)
        {
            Log.RuleSetWarning(logger, registration.Name, warning);
        }

        return new CrlmDecisionEngine(ruleSet);
    }
}
