using System.Xml.Linq;

namespace CrlmDecision.Cli.Output.Html;

/// <summary>
/// One entry of the liver diagram's legend, for the HTML page to print in the report's language.
/// </summary>
/// <param name="Key">Stable key (e.g. <c>depth-deep</c>, <c>flag-V</c>); see <see cref="LiverDiagram.LegendKeys"/>.</param>
/// <param name="Swatch">A small self-contained <c>&lt;svg&gt;</c> showing the mark as the diagram draws it.</param>
/// <param name="English">The entry's text in English.</param>
/// <param name="Chinese">The entry's text in Simplified Chinese.</param>
/// <param name="Shown">Whether the mark appears in this patient's diagram (a page may print only those).</param>
internal sealed record LiverLegendEntry(string Key, XElement Swatch, string English, string Chinese, bool Shown);

/// <summary>The drawn diagram and its legend.</summary>
/// <param name="Svg">The <c>&lt;svg&gt;</c> element (SVG namespace), ready to embed in an HTML page.</param>
/// <param name="Legend">Every legend entry in a fixed order, each saying whether this diagram uses it.</param>
internal sealed record LiverDiagramResult(XElement Svg, IReadOnlyList<LiverLegendEntry> Legend)
{
    /// <summary>The SVG as markup without indentation (byte-identical for the same facts and texts).</summary>
    public string Markup => Svg.ToString(SaveOptions.DisableFormatting);
}
