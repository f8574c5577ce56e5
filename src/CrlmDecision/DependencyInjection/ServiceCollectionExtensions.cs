using CrlmDecision.Evaluation;
using CrlmDecision.RuleSets;
using Microsoft.Extensions.DependencyInjection;

namespace CrlmDecision.DependencyInjection;

/// <summary>Registers CrlmDecision in a host's service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICrlmDecisionEngine"/> as a thread-safe singleton over the rule set the options
    /// choose (default: the newest released embedded rule set). The options are validated here, all problems
    /// in one message; the rule set is loaded and compiled once, on first resolution.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IServiceCollection AddCrlmDecision(this IServiceCollection services, Action<CrlmDecisionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new CrlmDecisionOptions();
        configure?.Invoke(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid CrlmDecision options:\n  " + string.Join("\n  ", problems), nameof(configure));
        }

        services.AddSingleton(_ => options.RuleSetDirectory is { } directory ? RuleSet.Load(directory) : RuleSet.LoadEmbedded(options.RuleSetVersion));
        services.AddSingleton<ICrlmDecisionEngine>(sp => new CrlmDecisionEngine(sp.GetRequiredService<RuleSet>()));
        return services;
    }
}
