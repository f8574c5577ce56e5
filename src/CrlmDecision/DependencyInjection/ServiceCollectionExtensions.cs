using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrlmDecision.DependencyInjection;

/// <summary>Registers CrlmDecision engines in a host's service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default <see cref="ICrlmDecisionEngine"/>: a thread-safe singleton over the rule set the
    /// options choose (default: the newest released embedded rule set).
    /// </summary>
    /// <remarks>
    /// The options are validated here, every problem in one message. The rule set is loaded and compiled once,
    /// while a generic host starts (an <see cref="IHostedLifecycleService"/> this method registers); a bad rule
    /// set makes the host's start throw with the rule set's file, line and rule id. Without a host, it loads at
    /// the first resolution of the engine, so resolve it once at start-up. Loading logs the rule-set id,
    /// version, SHA-256, rule count and compile time; patient facts are never logged.
    /// </remarks>
    /// <exception cref="ArgumentException">The options are invalid, or a default engine is already registered.</exception>
    public static IServiceCollection AddCrlmDecision(this IServiceCollection services, Action<CrlmDecisionOptions>? configure = null) =>
        Add(services, null, configure);

    /// <summary>
    /// Registers a keyed <see cref="ICrlmDecisionEngine"/> under <paramref name="key"/>, e.g. a shadow engine
    /// over a draft rule set running beside the default one; resolve it with
    /// <c>[FromKeyedServices("shadow")] ICrlmDecisionEngine</c> or <c>GetRequiredKeyedService</c>.
    /// </summary>
    /// <remarks>Loaded, validated and logged exactly as the default engine; see the other overload.</remarks>
    /// <exception cref="ArgumentException">The key is empty, the options are invalid, or the key is already registered.</exception>
    public static IServiceCollection AddCrlmDecision(this IServiceCollection services, string key, Action<CrlmDecisionOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return Add(services, key, configure);
    }

    private static IServiceCollection Add(IServiceCollection services, string? key, Action<CrlmDecisionOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new CrlmDecisionOptions();
        configure?.Invoke(options);
        var registration = new CrlmDecisionRegistration(key, options);
        var problems = options.Validate().ToList();
        if (services.Any(d => d.ImplementationInstance is CrlmDecisionRegistration existing && existing.Key == key))
        {
            problems.Add($"CrlmDecision engine {registration.Name} is already registered; use a key for a second engine");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid CrlmDecision options for engine {registration.Name}:\n  " + string.Join("\n  ", problems), nameof(configure));
        }

        services.AddSingleton(registration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CrlmDecisionStartup>());
        if (key is null)
        {
            services.AddSingleton(sp => EngineFactory.Create(registration, LoggerOf(sp)));
        }
        else
        {
            services.AddKeyedSingleton(key, (sp, _) => EngineFactory.Create(registration, LoggerOf(sp)));
        }

        return services;
    }

    private static ILogger LoggerOf(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger<ICrlmDecisionEngine>() ?? NullLogger<ICrlmDecisionEngine>.Instance;
}
