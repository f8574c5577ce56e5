using System.Collections.Concurrent;

namespace CrlmDecision.Service.Security;

/// <summary>
/// Remembers each accepted token's issuer and <c>jti</c> until the token expires, so a captured token cannot be
/// sent twice (CDS Hooks 2.0: the service must reject a replayed jti). Thread-safe.
/// </summary>
/// <remarks>
/// Held in memory per replica: behind a load balancer a token replayed to another replica is caught only by
/// that replica's own memory; the short token lifetime (<c>MaxTokenLifetimeSeconds</c>) bounds the window and the
/// memory (docs/deployment.md).
/// </remarks>
internal sealed class ReplayGuard(TimeProvider clock, TimeSpan clockSkew)
{
    private const int PruneEvery = 1024;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _accepted;

    /// <summary>True the first time a token id is seen; false when it was already used and has not expired.</summary>
    public bool TryAccept(string issuer, string jti, DateTimeOffset expires)
    {
        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref _accepted) % PruneEvery == 0)
        {
            Prune(now - clockSkew);
        }

        // An expired token never gets here (its lifetime is checked first), so a key still present means a replay.
        return _seen.TryAdd(issuer + "\n" + jti, expires);
    }

    private void Prune(DateTimeOffset before)
    {
        foreach (var (key, expires) in _seen)
        {
            if (expires < before)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
