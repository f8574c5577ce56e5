using PuppeteerSharp;
using PuppeteerSharp.Media;
using UglyToad.PdfPig;

namespace CrlmDecision.Tests.Rendering;

/// <summary>
/// Renders the CLI's HTML pages in Debian's Chromium (headless, driven by PuppeteerSharp; never a downloaded
/// browser): a full-page PNG at A4 width (794 px at 96 dpi), an A4 PDF (backgrounds printed, CSS <c>@page</c>
/// size honoured), and what JavaScript finds in the page: overflowing boxes and where each lesion of a liver
/// diagram lies.
/// </summary>
internal sealed class HtmlPageRenderer : IAsyncDisposable
{
    /// <summary>Debian's chromium package; .ci/run installs it when missing.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>A4 width at 96 dpi: 210 mm / 25.4 * 96.</summary>
    public const int A4WidthPx = 794;

    /// <summary>A4 height at 96 dpi, the first screen of the full-page screenshot.</summary>
    public const int A4HeightPx = 1123;

    /// <summary>Why there is no browser, in words that say how to get one.</summary>
    public static readonly string MissingChromium =
        $"Chromium not found at {ChromiumPath}: the rendering tests need Debian's chromium package. " +
        "Install it with `apt-get install chromium fonts-noto-cjk` (.ci/run installs them when missing).";

    // Besides headless: no sandbox (we run as root), no GPU, and nothing that reaches for the network on its own.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    // Every element whose content overflows its box (scroll size above client size), the page's own horizontal
    // overflow, and every element whose box sticks out of the page's content width (only the outermost of a
    // chain, so one wide table is one problem). Named by tag, class and the start of its text.
    private const string OverflowScript = """
        () => {
          const name = el => {
            const cls = (el.getAttribute('class') || '').trim().split(/\s+/).filter(c => c).map(c => '.' + c).join('');
            const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            return el.tagName.toLowerCase() + cls + (text ? ' "' + text + '"' : '');
          };
          const root = document.documentElement;
          const width = root.clientWidth;
          const outside = el => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && (r.left < -1 || r.right > width + 1);
          };
          const problems = [];
          for (const el of document.querySelectorAll('*')) {
            if (el === root || el === document.body) {
              if (el.scrollWidth > el.clientWidth + 1) {
                problems.push(`${el.tagName.toLowerCase()}: the page is ${el.scrollWidth}px wide, wider than its ${el.clientWidth}px`);
              }
              continue;
            }
            if (el.clientWidth > 0 || el.clientHeight > 0) {
              if (el.scrollWidth > el.clientWidth + 1) {
                problems.push(`${name(el)}: content ${el.scrollWidth}px wide in a box of ${el.clientWidth}px`);
              }
              if (el.scrollHeight > el.clientHeight + 1) {
                problems.push(`${name(el)}: content ${el.scrollHeight}px high in a box of ${el.clientHeight}px`);
              }
            }
            if (outside(el) && !(el.parentElement && outside(el.parentElement))) {
              const r = el.getBoundingClientRect();
              problems.push(`${name(el)}: sticks out of the page's content width (${Math.round(r.left)}..${Math.round(r.right)}px of 0..${width}px)`);
            }
          }
          return problems;
        }
        """;

    // For each g.lesion: its circle's centre, taken from the circle's user space into each segment path's,
    // tested with isPointInFill (the path's fill-rule applies).
    private const string LesionScript = """
        () => Array.from(document.querySelectorAll('g.lesion')).map(g => {
          const circle = g.querySelector('circle');
          const segment = g.getAttribute('data-segment');
          const centre = new DOMPoint(circle.cx.baseVal.value, circle.cy.baseVal.value);
          const containing = [];
          for (const path of g.ownerSVGElement.querySelectorAll('path.segment')) {
            const local = centre.matrixTransform(path.getScreenCTM().inverse().multiply(circle.getScreenCTM()));
            if (path.isPointInFill(local)) {
              containing.push(path.getAttribute('data-segment'));
            }
          }
          return {
            lesion: g.getAttribute('data-lesion'),
            segment: segment,
            inside: segment === 'unknown' ? containing.length === 0 : containing.includes(segment),
            containing: containing,
          };
        })
        """;

    // Pairs of lesion groups whose drawn boxes (circle and label) intersect, in the SVG's user units.
    private const string OverlapScript = """
        () => {
          const groups = Array.from(document.querySelectorAll('g.lesion'));
          const boxes = groups.map(g => g.getBBox());
          const found = [];
          for (let i = 0; i < groups.length; i++) {
            for (let j = i + 1; j < groups.length; j++) {
              const a = boxes[i], b = boxes[j];
              if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
                found.push(groups[i].getAttribute('data-lesion') + ' overlaps ' + groups[j].getAttribute('data-lesion'));
              }
            }
          }
          return found;
        }
        """;

    private readonly IBrowser _browser;
    private readonly string _userDataDir;

    private HtmlPageRenderer(IBrowser browser, string userDataDir)
    {
        _browser = browser;
        _userDataDir = userDataDir;
    }

    /// <summary>Starts Chromium with a fresh profile; fails with <see cref="MissingChromium"/> when it is not installed.</summary>
    public static async Task<HtmlPageRenderer> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(MissingChromium);
        }

        var userDataDir = Path.Combine(Path.GetTempPath(), $"crlm-chromium-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(userDataDir);
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Browser = SupportedBrowser.Chromium,
            Headless = true,
            UserDataDir = userDataDir,
            Args = Flags,
            Timeout = 60_000,
        });
        return new HtmlPageRenderer(browser, userDataDir);
    }

    /// <summary>
    /// Renders <paramref name="htmlFile"/>: writes <c>NAME.png</c> (full page, 794 px wide) and <c>NAME.pdf</c> (A4)
    /// into <paramref name="outputFolder"/>, NAME being the file's name without extension, and reports what it found.
    /// </summary>
    public async Task<PageRendering> RenderAsync(string htmlFile, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var name = Path.GetFileNameWithoutExtension(htmlFile);
        var png = Path.Combine(outputFolder, name + ".png");
        var pdf = Path.Combine(outputFolder, name + ".pdf");

        await using var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = A4WidthPx, Height = A4HeightPx, DeviceScaleFactor = 1 });
        await page.GoToAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri, WaitUntilNavigation.Load);
        await page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)");

        var overflows = await page.EvaluateFunctionAsync<string[]>(OverflowScript);
        var lesions = await page.EvaluateFunctionAsync<LesionPlacement[]>(LesionScript);
        var overlaps = await page.EvaluateFunctionAsync<string[]>(OverlapScript);
        await page.ScreenshotAsync(png, new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
        await page.PdfAsync(pdf, new PdfOptions { Format = PaperFormat.A4, PrintBackground = true, PreferCSSPageSize = true });

        using var document = PdfDocument.Open(pdf);
        var sizes = Enumerable.Range(1, document.NumberOfPages)
            .Select(n => document.GetPage(n))
            .Select(p => new PdfPageSize(p.Width, p.Height))
            .ToArray();

        return new PageRendering(png, pdf, sizes.Length, sizes, overflows, lesions, overlaps);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
        try
        {
            Directory.Delete(_userDataDir, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile for a moment; the folder is in temp and harmless.
        }
    }
}

/// <summary>What rendering one page found.</summary>
/// <param name="PngPath">The full-page screenshot, 794 px wide.</param>
/// <param name="PdfPath">The printed PDF.</param>
/// <param name="PdfPageCount">Pages of the PDF.</param>
/// <param name="PageSizes">Each PDF page's size in points (A4: 595 x 842).</param>
/// <param name="Overflows">Boxes whose content overflows them and elements sticking out of the page's width; empty when none.</param>
/// <param name="Lesions">Each <c>g.lesion</c> of the page's liver diagrams, in document order.</param>
/// <param name="LesionOverlaps">Pairs of lesions whose drawings (circle and label) intersect.</param>
internal sealed record PageRendering(
    string PngPath,
    string PdfPath,
    int PdfPageCount,
    IReadOnlyList<PdfPageSize> PageSizes,
    IReadOnlyList<string> Overflows,
    IReadOnlyList<LesionPlacement> Lesions,
    IReadOnlyList<string> LesionOverlaps);

/// <summary>A PDF page's size in points.</summary>
internal sealed record PdfPageSize(double Width, double Height);

/// <summary>Where a lesion's circle centre lies.</summary>
/// <param name="Lesion">Its <c>data-lesion</c>.</param>
/// <param name="Segment">Its <c>data-segment</c>: 1..8 or <c>unknown</c>.</param>
/// <param name="Inside">In the fill of <c>path.segment[data-segment=N]</c>; for <c>unknown</c>, in no segment's fill.</param>
/// <param name="Containing">The segments whose fill holds the centre.</param>
internal sealed record LesionPlacement(string Lesion, string Segment, bool Inside, string[] Containing);
