using CrlmDecision.DependencyInjection;
using CrlmDecision.Service.CdsHooks;
using CrlmDecision.Service.Configuration;
using CrlmDecision.Service.Guidance;
using CrlmDecision.Service.Health;
using CrlmDecision.Service.Http;
using CrlmDecision.Service.Recommendations;
using CrlmDecision.Service.Rollout;
using CrlmDecision.Service.Security;
using CrlmDecision.Service.Telemetry;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CrlmDecision.Service.Hosting;

/// <summary>Builds the service: options, the engine, security, limits, telemetry and the endpoints.</summary>
public static class ServiceApp
{
    /// <summary>The paths a token's <c>aud</c> may name besides the base URL.</summary>
    internal static readonly string[] PatientPaths = [CdsHooksEndpoints.ServicePath, RecommendationsEndpoint.Path, GuidanceEndpoint.Path];

    /// <summary>A configured, not yet started service.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<ServiceOptions>, ServiceOptionsValidator>();
        services.AddOptions<ServiceOptions>().Bind(builder.Configuration.GetSection(ServiceOptions.Section)).ValidateOnStart();
        services.AddCrlmDecision(options => builder.Configuration.GetSection("CrlmDecision").Bind(options));
        if (builder.Configuration.GetSection(ShadowComparison.Section).Exists())
        {
            services.AddCrlmDecision(ShadowComparison.Key, options => builder.Configuration.GetSection(ShadowComparison.Section).Bind(options));
        }

        services.AddSingleton<ShadowComparison>();
        services.AddSingleton<Evaluations>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ServiceTelemetry>();
        CdsAuthorization.Add(services, PatientPaths);
        services.AddOpenApi();
        // Nothing here protects data with keys (no cookies, no antiforgery); in-memory keys keep the service from
        // writing a key ring to disk, which a read-only container file system would refuse.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();

        // Kestrel's limit and the exporters are set up before the options are validated (at start): read them once here.
        var configured = builder.Configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new ServiceOptions();
        ServiceTelemetrySetup.Add(builder.Services, configured.Telemetry);
        var limits = configured.Limits;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The endpoints read at most one byte past the limit to answer 413 themselves; Kestrel is the backstop.
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes + 1L;
            kestrel.AddServerHeader = false;
        });

        var app = builder.Build();
        app.UseExceptionHandler(failure => failure.Run(Failures.WriteAsync));
        app.UseStatusCodePages(context => Failures.WriteStatusAsync(context.HttpContext));
        app.UseAuthentication();
        app.UseAuthorization();

        HealthEndpoints.Map(app);
        CdsHooksEndpoints.Map(app);
        RecommendationsEndpoint.Map(app);
        GuidanceEndpoint.Map(app);
        app.MapOpenApi().AllowAnonymous();
        app.Lifetime.ApplicationStarted.Register(() => StartupLog.Write(app.Services));
        return app;
    }
}
