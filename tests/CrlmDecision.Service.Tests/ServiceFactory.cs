using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrlmDecision.Service.Tests;

/// <summary>
/// The service on real Kestrel on a free loopback port, configured through settings as appsettings.json or the
/// environment would configure it; every log line it writes is kept for the no-PHI checks.
/// </summary>
public sealed class ServiceFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ServiceFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _services = services;
        UseKestrel(0);
    }

    /// <summary>Every log line written so far, with exceptions in full.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public static ServiceFactory Anonymous(params (string Key, string? Value)[] more) =>
        new(Settings([("Service:Auth:AllowAnonymous", "true"), .. more]));

    public static IReadOnlyDictionary<string, string?> Settings(IEnumerable<(string Key, string? Value)> settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal) { ["Service:BaseUrl"] = TestTokens.BaseUrl };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Starts the server (idempotent) and returns a client for its real address.</summary>
    public HttpClient Client()
    {
        StartServer();
        return CreateClient();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(Logs)));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
