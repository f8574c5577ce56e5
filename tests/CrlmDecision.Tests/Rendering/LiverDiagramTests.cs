using System.Globalization;
using System.Xml.Linq;
using CrlmDecision.Cli.Output.Html;
using CrlmDecision.Facts;

namespace CrlmDecision.Tests.Rendering;

/// <summary>The liver diagram's SVG without a browser: geometry, structure, marks for unknown facts, determinism.</summary>
public sealed class LiverDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Anchors_EachInsideItsSegmentWithItsRadius_AndInNoOtherSegment()
    {
        foreach (var (segment, anchors) in LiverGeometry.Anchors)
        {
            for (var i = 0; i < anchors.Count; i++)
            {
                var anchor = anchors[i];
                var point = new DiagramPoint(anchor.X, anchor.Y);
                Assert.True(LiverGeometry.Contains(segment, point), $"anchor {i} of segment {segment} is outside it");
                Assert.True(LiverGeometry.Clearance(segment, point) >= anchor.MaxRadius + 1, $"anchor {i} of segment {segment}: radius {anchor.MaxRadius} reaches its edge");
                Assert.DoesNotContain(Enumerable.Range(1, 8), other => other != segment && LiverGeometry.Contains(other, point));
                for (var j = i + 1; j < anchors.Count; j++)
                {
                    var distance = Math.Sqrt(Math.Pow(anchor.X - anchors[j].X, 2) + Math.Pow(anchor.Y - anchors[j].Y, 2));
                    Assert.True(distance >= anchor.MaxRadius + anchors[j].MaxRadius + 1, $"anchors {i} and {j} of segment {segment} touch");
                }
            }
        }
    }

    [Fact]
    public void Segments_AnatomicalPlaces_RightLiverOnTheViewersLeftIiAboveIiiAndICentral()
    {
        var centre = LiverGeometry.Segments.ToDictionary(s => s.Key, s => Centroid(s.Value.Outer));

        Assert.True(centre[7].X < centre[8].X && centre[8].X < centre[4].X && centre[4].X < centre[2].X, "VII, VIII, IV, II from the viewer's left");
        Assert.True(centre[6].X < centre[5].X && centre[5].X < centre[4].X && centre[4].X < centre[3].X, "VI, V, IV, III from the viewer's left");
        Assert.True(centre[7].Y < centre[6].Y && centre[8].Y < centre[5].Y && centre[2].Y < centre[3].Y, "VII over VI, VIII over V, II over III");
        Assert.InRange(centre[1].X, centre[8].X, centre[4].X);
        Assert.True(Area(LiverGeometry.Segments[1].Outer) < Area(LiverGeometry.Segments[4].Outer) / 2, "the caudate is small");
        Assert.True(LiverGeometry.Segments[8].Hole is not null && LiverGeometry.Segments[4].Hole is not null, "the caudate is carved out of VIII and IV");
    }

    [Fact]
    public void Draw_EightClosedSegmentPaths_EachWithItsNumeral_AndAnAccessibleName()
    {
        var svg = Draw(Facts(Lesion("L1", 6, 30))).Svg;

        var paths = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "segment").ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], paths.Select(p => (string)p.Attribute("data-segment")!).Order(StringComparer.Ordinal));
        Assert.All(paths, p => Assert.EndsWith("Z", (string)p.Attribute("d")!, StringComparison.Ordinal));
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"], svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "segment-numeral").Select(t => t.Value).Order(StringComparer.Ordinal));
        Assert.Equal("Liver of t", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Liver of t", (string?)svg.Attribute("aria-label"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("76.0mm", (string?)svg.Attribute("width"));
        Assert.Equal("60.0mm", (string?)svg.Attribute("height"));
        Assert.Empty(svg.Descendants(Svg + "script"));
    }

    [Fact]
    public void Draw_SameFacts_ByteIdenticalInAnyCulture()
    {
        var facts = LiverDiagramPageTests.SyntheticPatient;
        var first = LiverDiagram.Draw(facts, "t", "segment unknown").Markup;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal(first, LiverDiagram.Draw(facts, "t", "segment unknown").Markup);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.DoesNotContain(",5", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_LesionCountBeyondTheList_UnlistedInTheUnknownBoxByPosition()
    {
        var liver = new LiverFacts { Lesions = [Lesion("L1", 6, 30), Lesion(null, null, 20)], LesionCount = 4 };

        var svg = LiverDiagram.Draw(liver, "t", "肝段未知").Svg;

        Assert.Equal(
            [("L1", "6"), ("#2", "unknown"), ("#3", "unknown"), ("#4", "unknown")],
            Lesions(svg).Select(g => ((string)g.Attribute("data-lesion")!, (string)g.Attribute("data-segment")!)));
        Assert.Equal("肝段未知", svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "unknown-label").Value);
        Assert.Equal("100.0mm", (string?)svg.Attribute("width"));
        var unlisted = Lesions(svg).Last();
        Assert.Equal("unknown", (string?)unlisted.Attribute("data-depth"));
        Assert.Single(unlisted.Elements(Svg + "circle"), c => (string?)c.Attribute("class") == "size-unknown");
        Assert.Equal("#4VGBWC?", Label(unlisted).Value);
    }

    [Fact]
    public void Draw_NoLesionOfUnknownSegment_NoBox()
    {
        var svg = Draw(Facts(Lesion("L1", 6, 30))).Svg;

        Assert.DoesNotContain(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "unknown-box");
    }

    [Fact]
    public void Draw_Depth_OpenSolidOrHatched()
    {
        var svg = Draw(Facts(
            Lesion("S", 6, 30) with { Depth = LesionDepth.Superficial },
            Lesion("D", 5, 30) with { Depth = LesionDepth.Deep },
            Lesion("U", 4, 30) with { Depth = LesionDepth.Unknown })).Svg;

        var fills = Lesions(svg).ToDictionary(g => (string)g.Attribute("data-lesion")!, g => (string)Body(g).Attribute("fill")!);
        Assert.Equal("#ffffff", fills["S"]);
        Assert.Equal("#1b2a4a", fills["D"]);
        Assert.Equal("url(#liver-hatch)", fills["U"]);
        Assert.Single(svg.Descendants(Svg + "pattern"), p => (string?)p.Attribute("id") == "liver-hatch");
    }

    [Fact]
    public void Draw_Diameter_RadiusGrowsClamped_UnknownDashedWithQuestionMark()
    {
        var svg = Draw(Facts(Lesion("A", 6, 5), Lesion("B", 5, 30), Lesion("C", 7, 200), Lesion("D", 8, null))).Svg;

        var radius = Lesions(svg).ToDictionary(g => (string)g.Attribute("data-lesion")!, g => double.Parse((string)Body(g).Attribute("r")!, CultureInfo.InvariantCulture));
        Assert.True(radius["A"] < radius["B"] && radius["B"] < radius["C"]);
        Assert.Equal(10, radius["A"]);
        Assert.Equal(26, radius["C"]);
        var unknown = Lesions(svg).Single(g => (string?)g.Attribute("data-lesion") == "D");
        Assert.NotNull(unknown.Elements(Svg + "circle").Single(c => (string?)c.Attribute("class") == "size-unknown").Attribute("stroke-dasharray"));
        Assert.Equal("?", unknown.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "size-unknown-mark").Value);
    }

    [Fact]
    public void Draw_AbutmentFlags_TrueColouredUnknownGreyWithQuestionMarkFalseAbsent()
    {
        var svg = Draw(Facts(
            Lesion("T", 6, 30) with { NearMajorVessel = true, AbutsGlissoneanPedicle = true, AdjacentToCriticalStructure = true, AdjacentToBileDuct = true, AdjacentToBowel = false },
            Lesion("F", 5, 30),
            Lesion("U", 7, 30) with { NearMajorVessel = null, AbutsGlissoneanPedicle = false, AdjacentToCriticalStructure = null },
            Lesion("C", 8, 30) with { AdjacentToCriticalStructure = true })).Svg;

        var labels = Lesions(svg).ToDictionary(g => (string)g.Attribute("data-lesion")!, Label);
        Assert.Equal(["V", "G", "B"], labels["T"].Elements(Svg + "tspan").Select(t => t.Value));
        Assert.Equal("F", labels["F"].Value);
        Assert.Empty(labels["F"].Elements(Svg + "tspan"));
        var unknown = Assert.Single(labels["U"].Elements(Svg + "tspan"));
        Assert.Equal("VBWC?", unknown.Value);
        Assert.Equal("flag flag-unknown", (string?)unknown.Attribute("class"));
        Assert.Equal(["C", "BW?"], labels["C"].Elements(Svg + "tspan").Select(t => t.Value));
    }

    [Fact]
    public void Draw_ManyLesionsInOneSegment_EveryCentreInsideIt()
    {
        foreach (var segment in Enumerable.Range(1, 8))
        {
            var lesions = Enumerable.Range(1, 30).Select(i => Lesion("L" + i.ToString(CultureInfo.InvariantCulture), segment, 10 + i)).ToArray();

            var svg = Draw(Facts(lesions)).Svg;

            var groups = Lesions(svg).ToList();
            Assert.Equal(30, groups.Count);
            foreach (var body in groups.Select(Body))
            {
                var centre = new DiagramPoint(
                    double.Parse((string)body.Attribute("cx")!, CultureInfo.InvariantCulture),
                    double.Parse((string)body.Attribute("cy")!, CultureInfo.InvariantCulture));
                Assert.True(LiverGeometry.Contains(segment, centre), $"a lesion of segment {segment} at {centre} is outside it");
                Assert.True(LiverGeometry.Clearance(segment, centre) >= double.Parse((string)body.Attribute("r")!, CultureInfo.InvariantCulture), $"a lesion of segment {segment} at {centre} crosses its edge");
            }
        }
    }

    [Fact]
    public void Draw_HundredLesionsOfUnknownSegment_AllInTheBox()
    {
        var svg = LiverDiagram.Draw(new LiverFacts { Lesions = [Lesion("L1", null, 20)], LesionCount = 100 }, "t", "segment unknown").Svg;

        var (x, y, width, height) = LiverGeometry.UnknownBox;
        var bodies = Lesions(svg).Select(Body).ToList();
        Assert.Equal(100, bodies.Count);
        Assert.All(bodies, b =>
        {
            Assert.InRange(double.Parse((string)b.Attribute("cx")!, CultureInfo.InvariantCulture), x, x + width);
            Assert.InRange(double.Parse((string)b.Attribute("cy")!, CultureInfo.InvariantCulture), y, y + height);
        });
    }

    [Fact]
    public void Legend_EveryKeyInOrder_ShownOnlyWhereUsed_WithBothLanguages()
    {
        var legend = Draw(Facts(Lesion("L1", 6, 30) with { Depth = LesionDepth.Deep, NearMajorVessel = true })).Legend;

        Assert.Equal(LiverDiagram.LegendKeys, legend.Select(e => e.Key));
        Assert.Equal(["depth-deep", "size", "flag-V", "flag-none"], legend.Where(e => e.Shown).Select(e => e.Key));
        Assert.All(legend, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.English));
            Assert.Contains(e.Chinese, c => c >= '\u4E00' && c <= '\u9FFF');
            Assert.Equal(Svg + "svg", e.Swatch.Name);
        });
    }

    private static LiverDiagramResult Draw(PatientFacts facts) => LiverDiagram.Draw(facts, "Liver of t", "segment unknown");

    private static PatientFacts Facts(params LesionFacts[] lesions) => new() { PatientId = "t", Liver = new LiverFacts { Lesions = lesions } };

    private static LesionFacts Lesion(string? id, int? segment, double? diameter) => new()
    {
        Id = id,
        Segment = segment,
        DiameterMm = diameter,
        Depth = LesionDepth.Superficial,
        NearMajorVessel = false,
        AbutsGlissoneanPedicle = false,
        AdjacentToCriticalStructure = false,
    };

    private static IEnumerable<XElement> Lesions(XElement svg) =>
        svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "lesion");

    private static XElement Body(XElement lesion) =>
        lesion.Elements(Svg + "circle").Single(c => (string?)c.Attribute("class") == "lesion-body");

    private static XElement Label(XElement lesion) =>
        lesion.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "lesion-label");

    private static DiagramPoint Centroid(IReadOnlyList<DiagramPoint> polygon) =>
        new(polygon.Average(p => p.X), polygon.Average(p => p.Y));

    private static double Area(IReadOnlyList<DiagramPoint> polygon) =>
        Math.Abs(polygon.Select((p, i) => (p.X * polygon[(i + 1) % polygon.Count].Y) - (polygon[(i + 1) % polygon.Count].X * p.Y)).Sum()) / 2;
}
