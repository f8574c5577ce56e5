using CrlmDecision.Service.Configuration;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CrlmDecision.Service.Telemetry;

/// <summary>
/// Turns on OpenTelemetry traces and metrics (ASP.NET Core requests, the service's evaluations) through the OTLP
/// exporter when <c>Service:Telemetry:Enabled</c> is true; the exporter reads the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> and related variables. Off by default: nothing is registered then.
/// </summary>
internal static class ServiceTelemetrySetup
{
    public static void Add(IServiceCollection services, TelemetryOptions telemetry)
    {
        if (!telemetry.Enabled)
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(telemetry.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNet => aspNet.RecordException = false)
                .AddSource(ServiceTelemetry.Name)
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(ServiceTelemetry.Name)
                .AddOtlpExporter());
    }
}
