using System.Globalization;
using CrlmDecision.Cli.Output.Html;
using CrlmDecision.Facts;
using CrlmDecision.Tests.Support;
using Xunit.Abstractions;

namespace CrlmDecision.Tests.Rendering;

/// <summary>
/// The liver diagram of a synthetic and a crowded patient, printed in Chromium (every docs example's diagram is
/// checked in its full report, <see cref="HtmlReportPageTests"/>): every lesion
/// once, its circle's centre in its segment's fill (unknown segment: in none), nothing overflowing, no two lesions
/// drawn over each other, and one A4 page. PNGs go to the test output folder and to /tmp/diagram-NAME.png.
/// </summary>
public sealed class LiverDiagramPageTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private static readonly string OutputFolder = Path.Combine(AppContext.BaseDirectory, "Rendering");

    [Fact]
    public async Task SyntheticPatient_Printed_EveryLesionInItsSegmentOnOneA4Page()
    {
        await RenderAndCheck(SyntheticPatient, "synthetic-14", chinese: false);
    }

    [Fact]
    public async Task SyntheticPatient_PrintedInChinese_EveryLesionInItsSegmentOnOneA4Page()
    {
        await RenderAndCheck(SyntheticPatient, "synthetic-14-zh", chinese: true);
    }

    [Fact]
    public async Task CrowdedPatient_Printed_EveryLesionInItsSegmentOnOneA4Page()
    {
        // More lesions than anchors in VIII, I and III, and two columns in the unknown box: places may crowd
        // (overlaps are only reported), but every centre stays in its segment.
        var lesions = new List<LesionFacts>();
        foreach (var (segment, count) in new[] { (8, 7), (1, 4), (3, 5), (6, 2), (4, 3) })
        {
            for (var i = 0; i < count; i++)
            {
                lesions.Add(Lesion($"S{segment}-{i + 1}", segment, 8 + (9 * i), i % 2 == 0 ? LesionDepth.Deep : LesionDepth.Superficial, vessel: i == 1, pedicle: null, critical: false));
            }
        }

        lesions.Add(Lesion("X1", null, null, LesionDepth.Unknown, vessel: null, pedicle: null, critical: null));
        var facts = new PatientFacts { PatientId = "crowded-30", Liver = new LiverFacts { Lesions = lesions, LesionCount = 30 } };

        await RenderAndCheck(facts, "crowded-30", chinese: false, overlapsAllowed: true);
    }

    /// <summary>Twelve lesions listed over all segments (two in I, one of unknown segment) and a total of 14.</summary>
    internal static PatientFacts SyntheticPatient { get; } = new()
    {
        PatientId = "synthetic-12-of-14",
        Liver = new LiverFacts
        {
            LesionCount = 14,
            Lesions =
            [
                Lesion("L1", 1, 18, LesionDepth.Deep, vessel: true, pedicle: false, critical: false),
                Lesion("L2", 1, 9, LesionDepth.Superficial, vessel: false, pedicle: false, critical: false),
                Lesion("L3", 2, 25, LesionDepth.Superficial, vessel: false, pedicle: false, critical: false),
                Lesion("L4", 3, 14, LesionDepth.Unknown, vessel: null, pedicle: null, critical: null),
                Lesion("L5", 4, 42, LesionDepth.Deep, vessel: true, pedicle: true, critical: true) with { AdjacentToBileDuct = true },
                Lesion("L6", 5, 30, LesionDepth.Deep, vessel: false, pedicle: false, critical: true) with { AdjacentToBowel = true },
                Lesion("L7", 6, 60, LesionDepth.Deep, vessel: true, pedicle: false, critical: false),
                Lesion("L8", 7, null, LesionDepth.Superficial, vessel: false, pedicle: null, critical: false),
                Lesion("L9", 8, 55, LesionDepth.Deep, vessel: true, pedicle: true, critical: true),
                Lesion("L10", 8, 12, LesionDepth.Superficial, vessel: false, pedicle: false, critical: false),
                Lesion("L11", 4, 20, LesionDepth.Unknown, vessel: false, pedicle: false, critical: null),
                Lesion("L12", null, 35, LesionDepth.Deep, vessel: null, pedicle: null, critical: null),
            ],
        },
    };

    private static LesionFacts Lesion(string id, int? segment, double? diameter, LesionDepth depth, bool? vessel, bool? pedicle, bool? critical) => new()
    {
        Id = id,
        Segment = segment,
        DiameterMm = diameter,
        Depth = depth,
        NearMajorVessel = vessel,
        AbutsGlissoneanPedicle = pedicle,
        AdjacentToCriticalStructure = critical,
        VisibleOnImaging = true,
    };

    private async Task RenderAndCheck(PatientFacts facts, string name, bool chinese, bool overlapsAllowed = false)
    {
        var diagram = LiverDiagram.Draw(
            facts,
            chinese ? $"{facts.PatientId} 的肝转移灶 Couinaud 肝段图" : $"Liver metastases of {facts.PatientId} by Couinaud segment",
            chinese ? "肝段未知" : "segment unknown");
        Directory.CreateDirectory(OutputFolder);
        var html = Path.Combine(OutputFolder, "diagram-" + name + ".html");
        DiagramTestPage.Write(html, chinese ? $"肝脏示意图：{facts.PatientId}" : $"Liver diagram: {facts.PatientId}", diagram, chinese);

        var page = await chromium.Renderer.RenderAsync(html, OutputFolder);
        File.Copy(page.PngPath, Path.Combine("/tmp", "diagram-" + name + ".png"), overwrite: true);
        output.WriteLine($"{page.PngPath}, {page.PdfPath}");

        Assert.Empty(page.Overflows);
        if (overlapsAllowed)
        {
            output.WriteLine("overlapping lesions: " + string.Join("; ", page.LesionOverlaps));
        }
        else
        {
            Assert.Empty(page.LesionOverlaps);
        }

        var pdfPage = Assert.Single(page.PageSizes);
        Assert.Equal(1, page.PdfPageCount);
        Assert.InRange(pdfPage.Width, 595 - 2, 595 + 2);
        Assert.InRange(pdfPage.Height, 842 - 2, 842 + 2);

        DiagramAssert.EveryLesionInItsSegment(facts.Liver, page);
    }
}
