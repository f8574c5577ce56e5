using System.Xml.Linq;
using CrlmDecision.Cli.Output.Html;

namespace CrlmDecision.Tests.Rendering;

/// <summary>
/// A printable A4 page holding one liver diagram and its legend, as the CLI's HTML report will (the page itself
/// is only a stand-in until that report exists). Built with <see cref="XElement"/>; CSS without '&gt;'.
/// </summary>
internal static class DiagramTestPage
{
    private const string Style = """
        @page { size: A4; margin: 15mm; }
        html { background: #ffffff; }
        body { margin: 15mm; font-family: 'Liberation Sans', Arial, 'Noto Sans CJK SC', sans-serif; font-size: 10pt; color: #1b2a4a; }
        @media print { body { margin: 0; } }
        h1 { font-size: 14pt; margin: 0 0 4mm 0; }
        figure { margin: 0; }
        figcaption { font-size: 9pt; color: #555555; margin-top: 2mm; }
        table.legend { border-collapse: collapse; margin-top: 3mm; width: 100%; }
        table.legend td { padding: 0.6mm 2mm 0.6mm 0; vertical-align: middle; font-size: 8.5pt; }
        table.legend td.swatch { width: 10mm; }
        svg.legend-swatch { display: block; }
        """;

    /// <summary>Writes the page to <paramref name="path"/>; <paramref name="chinese"/> prints the legend in Chinese.</summary>
    public static void Write(string path, string heading, LiverDiagramResult diagram, bool chinese)
    {
        var legend = new XElement("table", new XAttribute("class", "legend"),
            diagram.Legend.Where(e => e.Shown).Select(e =>
                new XElement("tr",
                    new XElement("td", new XAttribute("class", "swatch"), new XElement(e.Swatch)),
                    new XElement("td", chinese ? e.Chinese : e.English))));
        var html = new XElement("html", new XAttribute("lang", chinese ? "zh-CN" : "en"),
            new XElement("head",
                new XElement("meta", new XAttribute("charset", "utf-8")),
                new XElement("title", heading),
                new XElement("style", Style)),
            new XElement("body",
                new XElement("h1", heading),
                new XElement("figure",
                    new XElement(diagram.Svg),
                    new XElement("figcaption", chinese ? "Couinaud 肝段示意图（前面观）" : "Couinaud liver segments (anterior view)")),
                legend));
        File.WriteAllText(path, "<!DOCTYPE html>\n" + html.ToString(SaveOptions.DisableFormatting) + "\n");
    }
}
