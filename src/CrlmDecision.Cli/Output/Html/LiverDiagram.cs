using System.Globalization;
using System.Xml.Linq;
using CrlmDecision.Facts;

namespace CrlmDecision.Cli.Output.Html;

/// <summary>
/// A Couinaud liver-segment diagram of one patient's metastases, as SVG (built as an <see cref="XElement"/>, no
/// markup strings): a schematic anterior view with segments I-VIII (<see cref="LiverGeometry"/>), each lesion as a
/// circle inside its segment, and lesions whose segment is not known in a box beside the liver. 76 x 60 mm on paper,
/// 100 x 60 mm with the box (drawn only when a lesion needs it); the same facts and texts always give the same bytes
/// (invariant numbers, one decimal, no randomness).
/// </summary>
/// <remarks>
/// <para>Each lesion is <c>&lt;g class="lesion" data-lesion="ID" data-segment="N|unknown" data-depth="..."&gt;</c>
/// holding a <c>&lt;circle class="lesion-body"&gt;</c>: radius grows with the diameter (clamped; not to scale);
/// superficial is open, deep solid dark, unknown depth hatched; an unknown diameter is a mid-sized circle with a
/// dashed ring and a "?". Its label is the lesion's id (or <c>#n</c>, its position, when it has none), then the
/// structures it abuts as coloured letters (V vessel, G Glissonean pedicle, B bile duct, W bowel, C another
/// critical structure) and the ones not known as grey letters ending in "?"; a structure it does not abut has no
/// letter. Lesions beyond those listed (<see cref="LiverFacts.LesionCount"/>) are drawn in the unknown box with
/// every fact unknown, as the engine reads them. Labels go where they cover no other lesion or label and as little
/// of a neighbouring segment as they can (right, left, on two lines, below, above).</para>
/// <para>The only words in the drawing are the caller's: the title (accessible name) and the unknown box's label.
/// The legend (<see cref="LiverDiagramResult.Legend"/>) carries English and Chinese texts for the page.</para>
/// </remarks>
internal static class LiverDiagram
{
    /// <summary>The <c>data-segment</c> of lesions drawn in the box for an unknown segment.</summary>
    public const string UnknownSegment = "unknown";

    /// <summary>The legend keys, in the order <see cref="LiverDiagramResult.Legend"/> lists them.</summary>
    public static IReadOnlyList<string> LegendKeys { get; } =
    [
        "depth-superficial", "depth-deep", "depth-unknown", "size", "size-unknown",
        "flag-V", "flag-G", "flag-B", "flag-W", "flag-C", "flag-unknown", "flag-none", "segment-unknown", "unlisted",
    ];

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Each segment's Roman numeral, by segment number (index 0 unused).</summary>
    public static IReadOnlyList<string> Roman { get; } = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    private const string FontFamily = "'Liberation Sans', Arial, Helvetica, 'Noto Sans CJK SC', sans-serif";
    private const string Ink = "#1b2a4a";
    private const string Muted = "#6f7782";
    private const string SegmentStroke = "#b58d7f";
    private const double LabelFont = 22;
    private const double UnknownSizeRing = 20;
    private const double LineHeight = 1.05;
    private const double FlagGap = 0.3;
    private const double UnknownGap = 0.25;

    // Segment tints: no two neighbours share one; the caudate is the darkest.
    private static readonly Dictionary<int, string> SegmentFill = new()
    {
        [1] = "#e4c3b4", [2] = "#f6e2d9", [3] = "#edd1c4", [4] = "#fbeee8",
        [5] = "#f6e2d9", [6] = "#edd1c4", [7] = "#f6e2d9", [8] = "#edd1c4",
    };

    private static readonly (char Letter, string Colour)[] FlagLetters =
    [
        ('V', "#1565c0"), ('G', "#2e7d32"), ('B', "#a35c00"), ('W', "#7b1fa2"), ('C', "#c62828"),
    ];

    /// <summary>Draws the liver of <paramref name="facts"/>; see <see cref="Draw(LiverFacts, string, string, string)"/>.</summary>
    public static LiverDiagramResult Draw(PatientFacts facts, string title, string unknownSegmentLabel, string idPrefix = "liver")
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Draw(facts.Liver, title, unknownSegmentLabel, idPrefix);
    }

    /// <summary>Draws the diagram of <paramref name="liver"/>'s lesions.</summary>
    /// <param name="liver">The lesions and the total count (lesions beyond the list are drawn with every fact unknown).</param>
    /// <param name="title">The accessible name (<c>&lt;title&gt;</c> and <c>aria-label</c>), in the page's language.</param>
    /// <param name="unknownSegmentLabel">The label of the box for lesions of unknown segment, e.g. "segment unknown" or "肝段未知".</param>
    /// <param name="idPrefix">Prefix of the element ids inside the SVG (pattern definitions), unique within the page.</param>
    public static LiverDiagramResult Draw(LiverFacts liver, string title, string unknownSegmentLabel, string idPrefix = "liver")
    {
        ArgumentNullException.ThrowIfNull(liver);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(unknownSegmentLabel);
        ArgumentException.ThrowIfNullOrWhiteSpace(idPrefix);

        var lesions = DiagramLesion.From(liver);
        var placed = Place(lesions);
        var withBox = placed.Any(p => p.InBox);
        var width = withBox ? LiverGeometry.Width : LiverGeometry.LiverWidth;
        var labels = PlanLabels(placed, width);
        var hatch = idPrefix + "-hatch";
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {F(width)} {F(LiverGeometry.Height)}"),
            new XAttribute("width", $"{F(width / 10)}mm"),
            new XAttribute("height", $"{F(LiverGeometry.Height / 10)}mm"),
            new XAttribute("class", "liver-diagram"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", title),
            new XAttribute("font-family", FontFamily),
            new XElement(Svg + "title", title),
            new XElement(Svg + "defs", HatchPattern(hatch)),
            Segments(),
            withBox ? UnknownBox(unknownSegmentLabel) : null,
            new XElement(Svg + "g", new XAttribute("class", "lesions"), placed.Select((p, i) => Lesion(p, labels[i], hatch))));

        return new LiverDiagramResult(svg, Legend(lesions, idPrefix));
    }

    private static XElement Segments()
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "segments"));
        // The caudate last: it lies over the planes that divide VIII from IV, which its fill covers.
        foreach (var (segment, shape) in LiverGeometry.Segments.OrderBy(s => s.Key == 1).ThenBy(s => s.Key))
        {
            var d = PathData(shape.Outer) + (shape.Hole is null ? "" : " " + PathData(shape.Hole));
            group.Add(new XElement(Svg + "path",
                new XAttribute("class", "segment"),
                new XAttribute("data-segment", segment.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("d", d),
                new XAttribute("fill", SegmentFill[segment]),
                new XAttribute("fill-rule", "evenodd"),
                new XAttribute("stroke", SegmentStroke),
                new XAttribute("stroke-width", "2.5"),
                new XAttribute("stroke-linejoin", "round")));
        }

        group.Add(new XElement(Svg + "path",
            new XAttribute("class", "outline"),
            new XAttribute("d", PathData(LiverGeometry.Outline)),
            new XAttribute("fill", "none"),
            new XAttribute("stroke", "#a9806f"),
            new XAttribute("stroke-width", "4"),
            new XAttribute("stroke-linejoin", "round")));

        foreach (var (segment, at) in LiverGeometry.NumeralAt.OrderBy(s => s.Key))
        {
            group.Add(new XElement(Svg + "text",
                new XAttribute("class", "segment-numeral"),
                new XAttribute("data-segment", segment.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("x", F(at.X)),
                new XAttribute("y", F(at.Y)),
                new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", "30"),
                new XAttribute("font-weight", "bold"),
                new XAttribute("fill", "#9c7a6e"),
                Roman[segment]));
        }

        return group;
    }

    private static XElement UnknownBox(string label)
    {
        var (x, y, width, height) = LiverGeometry.UnknownBox;
        var text = new XElement(Svg + "text",
            new XAttribute("class", "unknown-label"),
            new XAttribute("x", F(x + (width / 2))),
            new XAttribute("y", F(y + 36)),
            new XAttribute("text-anchor", "middle"),
            new XAttribute("font-size", F(LabelFont)),
            new XAttribute("font-weight", "bold"),
            new XAttribute("fill", Muted),
            label);
        var room = width - 20;
        if (TextWidth(label, LabelFont) > room)
        {
            text.Add(new XAttribute("textLength", F(room)), new XAttribute("lengthAdjust", "spacingAndGlyphs"));
        }

        return new XElement(Svg + "g",
            new XAttribute("class", "unknown-box"),
            new XElement(Svg + "rect",
                new XAttribute("x", F(x)),
                new XAttribute("y", F(y)),
                new XAttribute("width", F(width)),
                new XAttribute("height", F(height)),
                new XAttribute("rx", "12"),
                new XAttribute("fill", "#f4f5f7"),
                new XAttribute("stroke", "#9aa1ab"),
                new XAttribute("stroke-width", "2.5"),
                new XAttribute("stroke-dasharray", "10 6")),
            text);
    }

    /// <summary>Where each lesion goes: anchors of its segment in order, then the freest places inside it; unknown ones in the box.</summary>
    private static List<PlacedLesion> Place(IReadOnlyList<DiagramLesion> lesions)
    {
        var placed = new List<PlacedLesion>(lesions.Count);
        var taken = new Dictionary<int, int>();
        var unknown = lesions.Where(l => l.Segment is null).ToList();
        foreach (var lesion in lesions)
        {
            if (lesion.Segment is not { } segment)
            {
                placed.Add(InBox(lesion, unknown.IndexOf(lesion), unknown));
                continue;
            }

            var k = taken.GetValueOrDefault(segment);
            taken[segment] = k + 1;
            var anchors = LiverGeometry.Anchors[segment];
            if (k < anchors.Count)
            {
                var anchor = anchors[k];
                placed.Add(new PlacedLesion(lesion, new DiagramPoint(anchor.X, anchor.Y), Math.Min(Radius(lesion), anchor.MaxRadius), 1, k, InBox: false));
            }
            else
            {
                placed.Add(Overflow(lesion, segment, k, placed.Where(p => p.Lesion.Segment == segment)));
            }
        }

        return placed;
    }

    /// <summary>
    /// A lesion beyond its segment's anchors: a smaller circle at the point of a fixed grid inside the segment (its
    /// radius to spare) farthest from the circles already there; the first such point in grid order on a tie.
    /// </summary>
    private static PlacedLesion Overflow(DiagramLesion lesion, int segment, int k, IEnumerable<PlacedLesion> inSegment)
    {
        const double Step = 6;
        var radius = Math.Min(Radius(lesion), 14);
        var others = inSegment.ToList();
        var outer = LiverGeometry.Segments[segment].Outer;
        DiagramPoint? best = null;
        var bestRoom = double.MinValue;
        for (var y = Math.Floor(outer.Min(p => p.Y)); y <= outer.Max(p => p.Y); y += Step)
        {
            for (var x = Math.Floor(outer.Min(p => p.X)); x <= outer.Max(p => p.X); x += Step)
            {
                var point = new DiagramPoint(x, y);
                if (!LiverGeometry.Contains(segment, point) || LiverGeometry.Clearance(segment, point) < radius + 2)
                {
                    continue;
                }

                var room = others.Count == 0 ? 0 : others.Min(o => Math.Sqrt(Math.Pow(o.Centre.X - x, 2) + Math.Pow(o.Centre.Y - y, 2)) - o.Radius - radius);
                if (room > bestRoom)
                {
                    (best, bestRoom) = (point, room);
                }
            }
        }

        var anchor = LiverGeometry.Anchors[segment][0];
        return new PlacedLesion(lesion, best ?? new DiagramPoint(anchor.X, anchor.Y), radius, 1, k, InBox: false);
    }

    /// <summary>
    /// The <paramref name="index"/>-th of the lesions in the unknown box, column by column: one column up to 10,
    /// two (labels on two lines) up to 20, then three; shrunk so the widest label fits its cell.
    /// </summary>
    private static PlacedLesion InBox(DiagramLesion lesion, int index, IReadOnlyList<DiagramLesion> all)
    {
        var (x, y, width, height) = LiverGeometry.UnknownBox;
        var left = x + 10;
        var top = y + 56;
        var innerWidth = width - 20;
        var innerHeight = height - 66;
        var columns = BoxColumns(all.Count);
        var rows = (all.Count + columns - 1) / columns;
        var cellWidth = innerWidth / columns;
        var cellHeight = Math.Min(62, innerHeight / rows);
        var twoLines = columns > 1;
        var widest = all.Max(l => LabelWidth(l, LabelFont, twoLines));
        var scale = Math.Min(1, Math.Min(
            (cellWidth - 6) / (24 + 22 + 6 + widest),
            twoLines ? cellHeight / (LabelFont * 2.4) : cellHeight / 62));
        var column = index / rows;
        var row = index % rows;
        var radius = Math.Min(Radius(lesion), 22) * scale;
        var centre = new DiagramPoint(left + (column * cellWidth) + (24 * scale), top + (row * cellHeight) + (cellHeight / 2));
        return new PlacedLesion(lesion, centre, radius, scale, index, InBox: true);
    }

    private static int BoxColumns(int count) => count <= 10 ? 1 : count <= 20 ? 2 : 3;

    /// <summary>The estimated width of a lesion's label at <paramref name="font"/>: id and letters on one line, or the wider of the two lines.</summary>
    private static double LabelWidth(DiagramLesion lesion, double font, bool twoLines)
    {
        var (known, unknown) = FlagTexts(lesion);
        var id = TextWidth(lesion.Key, font);
        var flags = TextWidth(known, font) + TextWidth(unknown, font) + (known.Length > 0 && unknown.Length > 0 ? UnknownGap * font : 0);
        return flags == 0 ? id : twoLines ? Math.Max(id, flags) : id + (FlagGap * font) + flags;
    }

    /// <summary>The drawn radius for a diameter: grows with it, clamped (not to scale); unknown: mid-sized.</summary>
    private static double Radius(DiagramLesion lesion) =>
        lesion.DiameterMm is { } d ? Math.Clamp(8 + (0.3 * d), 10, 26) : UnknownSizeRing;

    /// <summary>
    /// Where each label goes. In the box: to the right (two lines when the box has several columns). In the
    /// liver, lesion by lesion (first anchors first): the first of right, left, right or left on two lines,
    /// below, above that covers no circle, no label placed before, nothing outside the drawing and not the box;
    /// among those, the one that least covers the segment numerals and other segments (a label over a neighbour
    /// would read as a lesion there), the earlier candidate on a tie. When none is free, the least covering one.
    /// </summary>
    private static LabelPlan[] PlanLabels(List<PlacedLesion> placed, double width)
    {
        var plans = new LabelPlan[placed.Count];
        var taken = new List<Box>();
        var circles = placed.Select(p => Box.Around(p.Centre, p.Radius + 2)).ToArray();
        var numerals = LiverGeometry.NumeralAt
            .Select(n => new Box(n.Value.X - (TextWidth(Roman[n.Key], 30) / 2), n.Value.Y - 23, n.Value.X + (TextWidth(Roman[n.Key], 30) / 2), n.Value.Y + 3))
            .ToArray();
        var (bx, by, bw, bh) = LiverGeometry.UnknownBox;
        var box = new Box(bx - 4, by - 4, bx + bw + 4, by + bh + 4);
        var drawing = new Box(2, 2, width - 2, LiverGeometry.Height - 2);

        for (var i = 0; i < placed.Count; i++)
        {
            if (placed[i].InBox)
            {
                plans[i] = LabelPlan.For(placed[i], LabelSide.Right, twoLines: BoxColumns(placed.Count(p => p.InBox)) > 1);
            }
        }

        foreach (var i in Enumerable.Range(0, placed.Count).Where(i => !placed[i].InBox).OrderBy(i => placed[i].Rank).ThenBy(i => i))
        {
            var p = placed[i];
            LabelPlan? best = null;
            var bestScore = double.MaxValue;
            var candidates = new[]
            {
                (LabelSide.Right, false), (LabelSide.Left, false), (LabelSide.Right, true), (LabelSide.Left, true),
                (LabelSide.Below, false), (LabelSide.Above, false),
            };
            for (var c = 0; c < candidates.Length; c++)
            {
                var plan = LabelPlan.For(p, candidates[c].Item1, candidates[c].Item2);
                var hard = circles.Where((_, j) => j != i).Sum(plan.Box.Overlap)
                    + taken.Sum(plan.Box.Overlap)
                    + plan.Box.Overlap(box)
                    + (plan.Box.Area - plan.Box.Overlap(drawing));
                var soft = numerals.Sum(plan.Box.Overlap) + (OutsideShare(plan.Box, p.Lesion.Segment!.Value) * 600);
                var score = (hard > 0 ? 1e6 + hard : 0) + soft + (20 * c);
                if (score < bestScore)
                {
                    (best, bestScore) = (plan, score);
                }
            }

            plans[i] = best!;
            taken.Add(best!.Box);
        }

        return plans;
    }

    /// <summary>The share of <paramref name="box"/> outside <paramref name="segment"/>'s fill (a label over a neighbour misleads).</summary>
    private static double OutsideShare(Box box, int segment)
    {
        const int Across = 6;
        const int Down = 3;
        var outside = 0;
        for (var i = 0; i <= Across; i++)
        {
            for (var j = 0; j <= Down; j++)
            {
                var point = new DiagramPoint(box.Left + ((box.Right - box.Left) * i / Across), box.Top + ((box.Bottom - box.Top) * j / Down));
                outside += LiverGeometry.Contains(segment, point) ? 0 : 1;
            }
        }

        return outside / (double)((Across + 1) * (Down + 1));
    }

    private static XElement Lesion(PlacedLesion p, LabelPlan label, string hatch)
    {
        var lesion = p.Lesion;
        var (cx, cy) = (p.Centre.X, p.Centre.Y);
        var group = new XElement(Svg + "g",
            new XAttribute("class", "lesion"),
            new XAttribute("data-lesion", lesion.Key),
            new XAttribute("data-segment", lesion.Segment?.ToString(CultureInfo.InvariantCulture) ?? UnknownSegment),
            new XAttribute("data-depth", DepthWord(lesion.Depth)));

        var sizeKnown = lesion.DiameterMm is not null;
        var ring = p.Radius;
        var body = sizeKnown ? p.Radius : Math.Max(ring - (4 * p.Scale), ring * 0.7);
        group.Add(new XElement(Svg + "circle",
            new XAttribute("class", "lesion-body"),
            new XAttribute("cx", F(cx)),
            new XAttribute("cy", F(cy)),
            new XAttribute("r", F(body)),
            new XAttribute("fill", lesion.Depth switch
            {
                LesionDepth.Superficial => "#ffffff",
                LesionDepth.Deep => Ink,
                _ => $"url(#{hatch})",
            }),
            new XAttribute("stroke", Ink),
            new XAttribute("stroke-width", F(2.5 * p.Scale))));
        if (!sizeKnown)
        {
            group.Add(
                new XElement(Svg + "circle",
                    new XAttribute("class", "size-unknown"),
                    new XAttribute("cx", F(cx)),
                    new XAttribute("cy", F(cy)),
                    new XAttribute("r", F(ring)),
                    new XAttribute("fill", "none"),
                    new XAttribute("stroke", Ink),
                    new XAttribute("stroke-width", F(2.5 * p.Scale)),
                    new XAttribute("stroke-dasharray", $"{F(4 * p.Scale)} {F(3 * p.Scale)}")),
                new XElement(Svg + "text",
                    new XAttribute("class", "size-unknown-mark"),
                    new XAttribute("x", F(cx)),
                    new XAttribute("y", F(cy + (body * 0.45))),
                    new XAttribute("text-anchor", "middle"),
                    new XAttribute("font-size", F(body * 1.3)),
                    new XAttribute("font-weight", "bold"),
                    new XAttribute("fill", lesion.Depth == LesionDepth.Deep ? "#ffffff" : Ink),
                    new XAttribute("stroke", lesion.Depth == LesionDepth.Deep ? Ink : "#ffffff"),
                    new XAttribute("stroke-width", F(3 * p.Scale)),
                    new XAttribute("paint-order", "stroke"),
                    "?"));
        }

        group.Add(Label(p, label));
        return group;
    }

    /// <summary>The id, then the abutted structures' letters, then the unknown ones in grey with "?", where the plan says.</summary>
    private static XElement Label(PlacedLesion p, LabelPlan plan)
    {
        var label = new XElement(Svg + "text",
            new XAttribute("class", "lesion-label"),
            new XAttribute("x", F(plan.X)),
            new XAttribute("y", F(plan.Baseline)),
            new XAttribute("text-anchor", plan.Side switch
            {
                LabelSide.Right => "start",
                LabelSide.Left => "end",
                _ => "middle",
            }),
            new XAttribute("font-size", F(plan.Font)),
            new XAttribute("font-weight", "bold"),
            new XAttribute("fill", Ink),
            new XAttribute("stroke", "#ffffff"),
            new XAttribute("stroke-width", F(4 * p.Scale)),
            new XAttribute("stroke-linejoin", "round"),
            new XAttribute("paint-order", "stroke"),
            p.Lesion.Key);

        var (known, unknown) = FlagTexts(p.Lesion);
        var first = true;
        XElement Span(string text, string colour, string cssClass)
        {
            var span = new XElement(Svg + "tspan", new XAttribute("class", cssClass), new XAttribute("fill", colour), text);
            if (first && plan.TwoLines)
            {
                span.Add(new XAttribute("x", F(plan.X)), new XAttribute("dy", F(plan.Font * LineHeight)));
            }
            else if (first)
            {
                span.Add(new XAttribute("dx", F(plan.Font * FlagGap)));
            }

            first = false;
            return span;
        }

        foreach (var letter in known)
        {
            var colour = FlagLetters.First(f => f.Letter == letter).Colour;
            label.Add(Span(letter.ToString(), colour, "flag flag-" + letter));
        }

        if (unknown.Length > 0)
        {
            var span = Span(unknown, Muted, "flag flag-unknown");
            span.Add(new XAttribute("font-weight", "normal"));
            if (known.Length > 0)
            {
                span.Add(new XAttribute("dx", F(plan.Font * UnknownGap)));
            }

            label.Add(span);
        }

        return label;
    }

    /// <summary>The letters of the structures the lesion abuts, and those not known followed by "?" (empty when none).</summary>
    private static (string Known, string Unknown) FlagTexts(DiagramLesion lesion)
    {
        var known = string.Concat(FlagLetters.Where((_, i) => lesion.Flags[i] == true).Select(f => f.Letter));
        var unknown = string.Concat(FlagLetters.Where((_, i) => lesion.Flags[i] is null).Select(f => f.Letter));
        return (known, unknown.Length > 0 ? unknown + "?" : "");
    }

    private static XElement HatchPattern(string id) =>
        new(Svg + "pattern",
            new XAttribute("id", id),
            new XAttribute("patternUnits", "userSpaceOnUse"),
            new XAttribute("width", "7"),
            new XAttribute("height", "7"),
            new XAttribute("patternTransform", "rotate(45)"),
            new XElement(Svg + "rect", new XAttribute("width", "7"), new XAttribute("height", "7"), new XAttribute("fill", "#ffffff")),
            new XElement(Svg + "line",
                new XAttribute("x1", "1.5"), new XAttribute("y1", "0"), new XAttribute("x2", "1.5"), new XAttribute("y2", "7"),
                new XAttribute("stroke", Ink), new XAttribute("stroke-width", "3")));

    private static List<LiverLegendEntry> Legend(IReadOnlyList<DiagramLesion> lesions, string prefix)
    {
        bool Any(Func<DiagramLesion, bool> test) => lesions.Any(test);
        XElement Swatch(params object[] content) =>
            new(Svg + "svg",
                new XAttribute("viewBox", "0 0 90 50"),
                new XAttribute("width", "9mm"),
                new XAttribute("height", "5mm"),
                new XAttribute("class", "legend-swatch"),
                new XAttribute("aria-hidden", "true"),
                new XAttribute("font-family", FontFamily),
                content);
        XElement Circle(double cx, double r, string fill, string? dash = null)
        {
            var circle = new XElement(Svg + "circle",
                new XAttribute("cx", F(cx)), new XAttribute("cy", "25"), new XAttribute("r", F(r)),
                new XAttribute("fill", fill), new XAttribute("stroke", Ink), new XAttribute("stroke-width", "2.5"));
            if (dash is not null)
            {
                circle.Add(new XAttribute("stroke-dasharray", dash));
            }

            return circle;
        }

        XElement Letters(string text, string colour, bool bold = true) =>
            new(Svg + "text",
                new XAttribute("x", "45"), new XAttribute("y", "34"), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", "26"), new XAttribute("font-weight", bold ? "bold" : "normal"),
                new XAttribute("fill", colour), text);
        LiverLegendEntry Flag(int index, string english, string chinese)
        {
            var (letter, colour) = FlagLetters[index];
            return new("flag-" + letter, Swatch(Letters(letter.ToString(), colour)), english, chinese, Any(l => l.Flags[index] == true));
        }

        var hatch = prefix + "-legend-hatch";
        return
        [
            new("depth-superficial", Swatch(Circle(45, 16, "#ffffff")), "Superficial lesion", "浅表病灶", Any(l => l.Depth == LesionDepth.Superficial)),
            new("depth-deep", Swatch(Circle(45, 16, Ink)), "Deep lesion", "深部病灶", Any(l => l.Depth == LesionDepth.Deep)),
            new("depth-unknown", Swatch(new XElement(Svg + "defs", HatchPattern(hatch)), Circle(45, 16, $"url(#{hatch})")), "Depth not known", "深度未知", Any(l => l.Depth == LesionDepth.Unknown)),
            new("size", Swatch(Circle(20, 10, "#ffffff"), Circle(60, 20, "#ffffff")), "Circle size grows with the lesion's diameter (not to scale)", "圆圈大小随病灶直径增大（非按比例）", Any(l => l.DiameterMm is not null)),
            new("size-unknown", Swatch(Circle(45, 14, "#ffffff"), Circle(45, 20, "none", "4 3"), new XElement(Svg + "text", new XAttribute("x", "45"), new XAttribute("y", "32"), new XAttribute("text-anchor", "middle"), new XAttribute("font-size", "18"), new XAttribute("font-weight", "bold"), new XAttribute("fill", Ink), "?")), "Diameter not known", "直径未知", Any(l => l.DiameterMm is null)),
            Flag(0, "V: within 10 mm of a major hepatic vein, a portal pedicle or the inferior vena cava", "V：距主要肝静脉、门静脉蒂或下腔静脉 10 mm 以内"),
            Flag(1, "G: in contact with a Glissonean pedicle", "G：紧贴 Glisson 蒂"),
            Flag(2, "B: abuts the main bile duct or the biliary confluence", "B：紧邻主胆管或胆管汇合部"),
            Flag(3, "W: next to bowel, the stomach or the duodenum", "W：邻近肠管、胃或十二指肠"),
            Flag(4, "C: next to another critical structure (diaphragm, gallbladder, heart, or not specified)", "C：邻近其他重要结构（膈肌、胆囊、心脏或未注明）"),
            new("flag-unknown", Swatch(Letters("VG?", Muted, bold: false)), "Grey letters ending in ?: not known whether the lesion abuts these structures", "灰色字母加 ?：是否邻接这些结构未知", Any(l => l.Flags.Any(f => f is null))),
            new("flag-none", Swatch(Letters("–", Muted, bold: false)), "No letter: the lesion does not abut that structure", "无字母：病灶未邻接该结构", lesions.Count > 0),
            new("segment-unknown", Swatch(new XElement(Svg + "rect", new XAttribute("x", "8"), new XAttribute("y", "6"), new XAttribute("width", "74"), new XAttribute("height", "38"), new XAttribute("rx", "6"), new XAttribute("fill", "#f4f5f7"), new XAttribute("stroke", "#9aa1ab"), new XAttribute("stroke-width", "2.5"), new XAttribute("stroke-dasharray", "10 6"))), "Box beside the liver: lesions whose segment is not known", "肝脏旁的方框：肝段未知的病灶", Any(l => l.Segment is null)),
            new("unlisted", Swatch(Letters("#n", Ink)), "#n: a lesion without an id (n is its place in the count; counted lesions that are not listed have every fact unknown)", "#n：无编号的病灶（n 为其序号；仅计数未列出的病灶各项信息均未知）", Any(l => l.Unnamed)),
        ];
    }

    private static string DepthWord(LesionDepth depth) => depth switch
    {
        LesionDepth.Superficial => "superficial",
        LesionDepth.Deep => "deep",
        _ => "unknown",
    };

    private static string PathData(IReadOnlyList<DiagramPoint> polygon) =>
        "M" + string.Join(" L", polygon.Select(p => $"{F(p.X)} {F(p.Y)}")) + " Z";

    /// <summary>An estimate of a text's width in bold sans-serif (Liberation Sans, Arial): per character, CJK one em.</summary>
    private static double TextWidth(string text, double size) => text.Sum(c => c switch
    {
        >= '\u2E80' => 1.0,
        'I' or 'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '|' or '\'' or '!' or ' ' => 0.3,
        'W' or 'M' or 'm' or 'w' => 0.95,
        >= 'A' and <= 'Z' => 0.74,
        >= '0' and <= '9' or '#' or '?' => 0.6,
        _ => 0.62,
    }) * size;

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A lesion as the diagram draws it: its key, segment, size, depth and the five abutment flags (V, G, B, W, C).</summary>
    private sealed record DiagramLesion(string Key, bool Unnamed, int? Segment, double? DiameterMm, LesionDepth Depth, bool?[] Flags)
    {
        public static List<DiagramLesion> From(LiverFacts liver)
        {
            var listed = liver.Lesions ?? [];
            var result = new List<DiagramLesion>();
            for (var i = 0; i < listed.Count; i++)
            {
                var l = listed[i];
                var named = !string.IsNullOrWhiteSpace(l.Id);
                result.Add(new DiagramLesion(
                    named ? l.Id! : Position(i),
                    !named,
                    l.Segment is >= 1 and <= 8 ? l.Segment : null,
                    l.DiameterMm,
                    l.Depth,
                    FlagsOf(l)));
            }

            // lesionCount beyond the list: lesions with every fact unknown, as the engine evaluates them.
            for (var i = listed.Count; i < (liver.LesionCount ?? 0); i++)
            {
                result.Add(new DiagramLesion(Position(i), true, null, null, LesionDepth.Unknown, [null, null, null, null, null]));
            }

            return result;
        }

        private static string Position(int index) => "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// V and G as given. B and W follow the contract's umbrella (revision 1.1): not given, they read as false when
        /// adjacentToCriticalStructure is false, else unknown. C is the umbrella where B and W do not explain it: true
        /// when it is true and neither is; unknown when it is not given and neither B nor W is true.
        /// </summary>
        private static bool?[] FlagsOf(LesionFacts l)
        {
            var umbrella = l.AdjacentToCriticalStructure;
            var bile = l.AdjacentToBileDuct ?? (umbrella == false ? false : null);
            var bowel = l.AdjacentToBowel ?? (umbrella == false ? false : null);
            bool? other = umbrella switch
            {
                true => bile != true && bowel != true,
                false => false,
                null => bile == true || bowel == true ? false : null,
            };
            return [l.NearMajorVessel, l.AbutsGlissoneanPedicle, bile, bowel, other];
        }
    }

    /// <summary>Where and how large one lesion is drawn; <paramref name="Scale"/> shrinks glyphs in a crowded box; <paramref name="Rank"/> is its place among its segment's (or the box's) lesions.</summary>
    private sealed record PlacedLesion(DiagramLesion Lesion, DiagramPoint Centre, double Radius, double Scale, int Rank, bool InBox);

    private enum LabelSide
    {
        Right,
        Left,
        Below,
        Above,
    }

    /// <summary>A label's side, its text anchor point (x, first baseline), size, and the box it covers.</summary>
    private sealed record LabelPlan(LabelSide Side, bool TwoLines, double X, double Baseline, double Font, Box Box)
    {
        public static LabelPlan For(PlacedLesion p, LabelSide side, bool twoLines)
        {
            var font = Math.Max(LabelFont * p.Scale, 9);
            var (known, unknown) = FlagTexts(p.Lesion);
            var width = LabelWidth(p.Lesion, font, twoLines);
            var lines = twoLines && known.Length + unknown.Length > 0 ? 2 : 1;
            var gap = 6 * p.Scale;
            var (cx, cy, r) = (p.Centre.X, p.Centre.Y, p.Radius);
            var baseline = side switch
            {
                LabelSide.Below => cy + r + gap + (0.86 * font),
                LabelSide.Above => cy - r - gap - (0.24 * font) - ((lines - 1) * LineHeight * font),
                _ => cy + (0.36 * font) - ((lines - 1) * LineHeight * font / 2),
            };
            var x = side switch
            {
                LabelSide.Right => cx + r + gap,
                LabelSide.Left => cx - r - gap,
                _ => cx,
            };
            var left = side switch
            {
                LabelSide.Right => x,
                LabelSide.Left => x - width,
                _ => x - (width / 2),
            };
            var box = new Box(left - 2, baseline - (0.92 * font) - 1, left + width + 2, baseline + ((lines - 1) * LineHeight * font) + (0.22 * font) + 1);
            return new LabelPlan(side, lines == 2, x, baseline, font, box);
        }
    }

    /// <summary>An axis-aligned rectangle of the drawing.</summary>
    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public double Area => (Right - Left) * (Bottom - Top);

        public static Box Around(DiagramPoint centre, double radius) =>
            new(centre.X - radius, centre.Y - radius, centre.X + radius, centre.Y + radius);

        public double Overlap(Box other) =>
            Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left))
            * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));
    }
}
