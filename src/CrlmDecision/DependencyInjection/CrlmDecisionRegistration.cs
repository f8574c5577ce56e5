namespace CrlmDecision.DependencyInjection;

/// <summary>
/// One <c>AddCrlmDecision</c> call: its service key (null for the default engine) and its validated options.
/// Registered as a singleton instance so the start-up service can find and load every engine.
/// </summary>
internal sealed record CrlmDecisionRegistration(string? Key, CrlmDecisionOptions Options)
{
    /// <summary>How logs and errors name the engine.</summary>
    public string Name => Key is null ? "default" : $"'{Key}'";
}
