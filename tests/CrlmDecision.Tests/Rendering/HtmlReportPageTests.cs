using System.Net;
using CrlmDecision.Cli.Output.Html;
using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.Tests.Support;
using Xunit.Abstractions;

namespace CrlmDecision.Tests.Rendering;

/// <summary>
/// The MDT's printed report (<c>crlm report</c>) of every docs example, in English and Chinese, printed in Chromium
/// as a person would: one or two A4 pages, nothing overflowing its box, every lesion in its segment of the liver
/// diagram, the summary and the rules' texts in the report's language, nothing loaded from the network. The PNGs
/// go to the test output folder; with CRLM_UPDATE_EXAMPLE_PNGS=1 they also replace docs/examples/NAME.LANG.png.
/// </summary>
public sealed class HtmlReportPageTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private static readonly string OutputFolder = Path.Combine(AppContext.BaseDirectory, "Rendering");

    private static readonly Lazy<CrlmDecisionEngine> Engine = new(CrlmDecisionEngine.CreateDefault);

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Path_("docs", "examples"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            foreach (var tag in ReportLanguages.Tags)
            {
                data.Add(file!, tag);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_Report_PrintsOnOneOrTwoA4PagesWithEveryLesionInItsSegment(string file, string tag)
    {
        Assert.True(ReportLanguages.TryParse(tag, out var language));
        var document = FactsReader.ReadDocumentFile(Repository.Path_("docs", "examples", file));
        var report = Engine.Value.Recommend(document);
        var html = HtmlReport.Write(report, document.Facts, language, "2026-12-07");
        var name = Path.GetFileNameWithoutExtension(file) + "." + tag;
        Directory.CreateDirectory(OutputFolder);
        var path = Path.Combine(OutputFolder, name + ".html");
        await File.WriteAllTextAsync(path, html);

        var page = await chromium.Renderer.RenderAsync(path, OutputFolder);
        output.WriteLine($"{page.PngPath}: {page.PdfPageCount} page(s)");
        if (Environment.GetEnvironmentVariable("CRLM_UPDATE_EXAMPLE_PNGS") == "1")
        {
            File.Copy(page.PngPath, Repository.Path_("docs", "examples", name + ".png"), overwrite: true);
        }

        Assert.InRange(page.PdfPageCount, 1, 2);
        Assert.All(page.PageSizes, size => Assert.True(Math.Abs(size.Width - 595) <= 2 && Math.Abs(size.Height - 842) <= 2, $"page of {size.Width} x {size.Height} pt is not A4"));
        Assert.Empty(page.Overflows);
        DiagramAssert.EveryLesionInItsSegment(document.Facts.Liver, page);

        // In the report's language, from the report (the page encodes only markup characters).
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains(report.SummaryIn(language), text, StringComparison.Ordinal);
        Assert.Contains(report.Options[0].Names.Title.In(language), text, StringComparison.Ordinal);
        Assert.Contains(report.Options[0].Reasons[0].TextIn(language), text, StringComparison.Ordinal);
        Assert.Contains(report.DisclaimerIn(language), text, StringComparison.Ordinal);
        Assert.Contains("2026-12-07", text, StringComparison.Ordinal);
        Assert.Contains(report.RuleSet.Sha256[..12], text, StringComparison.Ordinal);

        // Self-contained: no script, no stylesheet or image from elsewhere (DOI links are links, not resources).
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Report_SameInput_ByteIdenticalPage()
    {
        var document = FactsReader.ReadDocumentFile(Repository.Path_("docs", "examples", "unresectable-after-first-line-failure.yaml"));

        var first = HtmlReport.Write(Engine.Value.Recommend(document), document.Facts, ReportLanguage.Chinese, "2026-12-07");
        var second = HtmlReport.Write(Engine.Value.Recommend(document), document.Facts, ReportLanguage.Chinese, "2026-12-07");

        Assert.Equal(first, second);
    }

    [Fact]
    public void Report_NoDate_PrintsNoDate()
    {
        var facts = TestFacts.Valid();

        var html = HtmlReport.Write(Engine.Value.Recommend(facts), facts, ReportLanguage.English, date: null);

        Assert.DoesNotContain("Date:", html, StringComparison.Ordinal);
    }
}
