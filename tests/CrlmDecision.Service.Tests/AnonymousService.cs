namespace CrlmDecision.Service.Tests;

/// <summary>One anonymous service shared by a test class, and a library engine to compare its answers with.</summary>
public sealed class AnonymousService : IDisposable
{
    public ServiceFactory Factory { get; } = ServiceFactory.Anonymous();

    public HttpClient Client => _client ??= Factory.Client();

    /// <summary>The library on its own: what `crlm recommend` answers for the same facts.</summary>
    public static CrlmDecisionEngine Library { get; } = CrlmDecisionEngine.CreateDefault();

    private HttpClient? _client;

    public void Dispose()
    {
        _client?.Dispose();
        Factory.Dispose();
    }
}
