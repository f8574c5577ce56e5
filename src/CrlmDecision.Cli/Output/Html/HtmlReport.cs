using System.Text.Encodings.Web;
using System.Text.Unicode;
using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.Reports;
using Fluid;

namespace CrlmDecision.Cli.Output.Html;

/// <summary>
/// The report as one self-contained HTML page for the MDT (inline CSS and SVG, no script, no network), laid out for
/// A4 in one or two pages: a Liquid template (Fluid) over <see cref="HtmlReportModel"/>, every text HTML-encoded
/// except the diagram's own SVG.
/// </summary>
internal static class HtmlReport
{
    private static readonly IFluidTemplate Template = Parse();

    private static readonly TemplateOptions Options = CreateOptions();

    // Encodes markup characters only: the Chinese report stays readable in its source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page for <paramref name="report"/> on <paramref name="facts"/>, in <paramref name="language"/>, dated <paramref name="date"/> (yyyy-MM-dd, or null for none).</summary>
    public static string Write(RecommendationReport report, PatientFacts facts, ReportLanguage language, string? date)
    {
        var context = new TemplateContext(HtmlReportModel.Of(report, facts, language, date), Options);
        return Template.Render(context, Encoder);
    }

    private static IFluidTemplate Parse()
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("CrlmDecision.Cli.Output.Html.report.liquid")
            ?? throw new InvalidOperationException("the report template is not embedded in crlm");
        using var reader = new StreamReader(stream);
        return new FluidParser().Parse(reader.ReadToEnd());
    }

    // Templates read the model's public properties (Fluid 3); the model is built for the page and holds nothing else.
    private static TemplateOptions CreateOptions() => new TemplateOptionsBuilder().WithCultureInfo(System.Globalization.CultureInfo.InvariantCulture).Build();
}
