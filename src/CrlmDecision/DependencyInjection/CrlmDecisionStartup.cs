using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrlmDecision.DependencyInjection;

/// <summary>
/// Loads every registered engine while the host is starting, before any other hosted service's StartAsync
/// (so before a web server takes requests): a bad rule set stops the host with its message, never at the
/// first patient. See docs/adr/0002-eager-rule-set-loading.md.
/// </summary>
internal sealed class CrlmDecisionStartup(IServiceProvider services, IEnumerable<CrlmDecisionRegistration> registrations) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in registrations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = registration.Key is null
                ? services.GetRequiredService<ICrlmDecisionEngine>()
                : services.GetRequiredKeyedService<ICrlmDecisionEngine>(registration.Key);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
