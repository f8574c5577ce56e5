namespace CrlmDecision.Tests.Rendering;

/// <summary>
/// One Chromium per test class (xunit class fixture). When Chromium cannot start, every test using it fails with
/// the reason (never skipped): a missing browser says to <c>apt-get install chromium fonts-noto-cjk</c>.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private HtmlPageRenderer? _renderer;
    private Exception? _failure;

    /// <summary>The running browser; throws with the launch failure when there is none.</summary>
    internal HtmlPageRenderer Renderer =>
        _renderer ?? throw new InvalidOperationException(_failure?.Message ?? HtmlPageRenderer.MissingChromium, _failure);

    public async Task InitializeAsync()
    {
        try
        {
            _renderer = await HtmlPageRenderer.LaunchAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or PuppeteerSharp.PuppeteerException or IOException or TimeoutException)
        {
            _failure = e;
        }
    }

    public async Task DisposeAsync()
    {
        if (_renderer is not null)
        {
            await _renderer.DisposeAsync();
        }
    }
}
