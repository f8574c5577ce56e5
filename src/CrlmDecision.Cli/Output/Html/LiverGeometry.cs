namespace CrlmDecision.Cli.Output.Html;

/// <summary>A point of the diagram, in its user units (0.1 mm on paper).</summary>
internal readonly record struct DiagramPoint(double X, double Y);

/// <summary>A predefined place for a lesion inside a segment: its centre and the largest radius that stays inside.</summary>
internal readonly record struct LesionAnchor(double X, double Y, double MaxRadius);

/// <summary>
/// The schematic anterior view of the liver behind <see cref="LiverDiagram"/>: the outline, the eight Couinaud
/// segments cut from it by the hepatic-vein and portal planes, where each segment's numeral goes and the
/// predefined lesion anchors. Computed once from fixed numbers; the same drawing every time.
/// </summary>
/// <remarks>
/// Seen from the front, the patient's right liver is on the left of the picture: VII above VI laterally,
/// VIII above V medially (right hepatic vein between them, portal plane across), IV between the middle hepatic
/// vein (Cantlie's line, towards the gallbladder fossa) and the falciform ligament, II above III in the left
/// lateral section, and I (caudate) as a small oval at the hilum, carved out of VIII and IV (their paths carry it
/// as an even-odd hole, so a point in I is in no other segment's fill).
/// </remarks>
internal static class LiverGeometry
{
    /// <summary>Width of the whole drawing (liver and unknown-segment box), in user units.</summary>
    public const double Width = 1000;

    /// <summary>Width of the drawing without the unknown-segment box (the liver alone), in user units.</summary>
    public const double LiverWidth = 760;

    /// <summary>Height of the whole drawing, in user units.</summary>
    public const double Height = 600;

    /// <summary>The box for lesions whose segment is not known, beside the liver: left, top, width, height.</summary>
    public static (double X, double Y, double Width, double Height) UnknownBox { get; } = (768, 40, 222, 520);

    /// <summary>The liver's outline, closed (cubic curves sampled into a polygon).</summary>
    public static IReadOnlyList<DiagramPoint> Outline { get; }

    /// <summary>Segment 1..8 to its region: the outer polygon and, for the segments the caudate overlaps, the hole it makes.</summary>
    public static IReadOnlyDictionary<int, SegmentShape> Segments { get; }

    /// <summary>Where each segment's Roman numeral is written (baseline centre).</summary>
    public static IReadOnlyDictionary<int, DiagramPoint> NumeralAt { get; } = new Dictionary<int, DiagramPoint>
    {
        [1] = new(327, 236),
        [2] = new(662, 138),
        [3] = new(700, 238),
        [4] = new(425, 440),
        [5] = new(290, 515),
        [6] = new(72, 470),
        [7] = new(165, 282),
        [8] = new(262, 272),
    };

    /// <summary>
    /// The predefined lesion places of each segment, best first (the first is central): each lies inside its
    /// segment with its radius to spare, and no two circles of a segment touch. Labels are placed around them
    /// afterwards, where they collide with nothing.
    /// </summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<LesionAnchor>> Anchors { get; } = new Dictionary<int, IReadOnlyList<LesionAnchor>>
    {
        [1] = [new(385, 205, 18), new(385, 250, 18)],
        [2] = [new(605, 160, 26), new(655, 178, 24), new(570, 125, 22), new(578, 203, 20)],
        [3] = [new(605, 285, 26), new(650, 262, 23), new(570, 322, 22)],
        [4] = [new(450, 320, 25), new(455, 140, 26), new(450, 375, 25), new(488, 250, 20)],
        [5] = [new(265, 400, 25), new(265, 345, 25), new(265, 455, 25), new(330, 330, 26)],
        [6] = [new(112, 415, 26), new(105, 350, 25), new(135, 485, 26), new(165, 350, 24)],
        [7] = [new(115, 160, 26), new(115, 220, 26), new(150, 100, 24)],
        [8] = [new(310, 120, 26), new(265, 180, 26), new(300, 60, 24)],
    };

    private const int SamplesPerCurve = 24;

    private static readonly DiagramPoint OutlineStart = new(150, 560);

    // The outline, clockwise on screen from the inferior border of VI: up the right lateral border, over the
    // diaphragmatic dome to the falciform notch, the left lateral section to its tip, back along its inferior
    // border to the notch of the ligamentum teres, under IV to the gallbladder fossa and under V and VI.
    private static readonly (DiagramPoint C1, DiagramPoint C2, DiagramPoint End)[] OutlineCurves =
    [
        (new(90, 545), new(40, 470), new(30, 360)),
        (new(20, 250), new(45, 150), new(110, 95)),
        (new(170, 45), new(270, 28), new(370, 32)),
        (new(450, 36), new(510, 62), new(545, 92)),
        (new(610, 78), new(690, 115), new(748, 205)),
        (new(715, 255), new(650, 320), new(585, 352)),
        (new(565, 362), new(552, 372), new(542, 386)),
        (new(505, 428), new(420, 458), new(362, 478)),
        (new(320, 520), new(240, 570), new(150, 560)),
    ];

    // The planes, each as a line through two points: right hepatic vein, middle hepatic vein (Cantlie), falciform
    // ligament / umbilical fissure, the portal plane across the right liver and IV, and the left hepatic vein
    // between II and III.
    private static readonly (DiagramPoint A, DiagramPoint B) RightVein = (new(235, 0), new(185, 600));
    private static readonly (DiagramPoint A, DiagramPoint B) MiddleVein = (new(420, 0), new(345, 600));
    private static readonly (DiagramPoint A, DiagramPoint B) Falciform = (new(545, 0), new(538, 600));
    private static readonly (DiagramPoint A, DiagramPoint B) PortalPlane = (new(0, 300), new(545, 272));
    private static readonly (DiagramPoint A, DiagramPoint B) LeftVein = (new(540, 232), new(760, 200));

    private static readonly DiagramPoint CaudateCentre = new(392, 222);
    private const double CaudateRadiusX = 80;
    private const double CaudateRadiusY = 54;
    private const int CaudateSamples = 48;

    static LiverGeometry()
    {
        Outline = SampleOutline();
        var caudate = Enumerable.Range(0, CaudateSamples)
            .Select(i => new DiagramPoint(
                CaudateCentre.X + (CaudateRadiusX * Math.Cos(2 * Math.PI * i / CaudateSamples)),
                CaudateCentre.Y + (CaudateRadiusY * Math.Sin(2 * Math.PI * i / CaudateSamples))))
            .ToArray();

        // Each half-plane is named by a point that lies on the kept side.
        var left = new DiagramPoint(0, 0);
        var right = new DiagramPoint(999, 0);
        var above = new DiagramPoint(0, 0);
        var below = new DiagramPoint(0, 600);
        var cuts = new Dictionary<int, (DiagramPoint A, DiagramPoint B, DiagramPoint Keep)[]>
        {
            [2] = [(Falciform.A, Falciform.B, right), (LeftVein.A, LeftVein.B, new DiagramPoint(600, 0))],
            [3] = [(Falciform.A, Falciform.B, right), (LeftVein.A, LeftVein.B, new DiagramPoint(600, 600))],
            [4] = [(MiddleVein.A, MiddleVein.B, right), (Falciform.A, Falciform.B, left)],
            [5] = [(RightVein.A, RightVein.B, right), (MiddleVein.A, MiddleVein.B, left), (PortalPlane.A, PortalPlane.B, below)],
            [6] = [(RightVein.A, RightVein.B, left), (PortalPlane.A, PortalPlane.B, below)],
            [7] = [(RightVein.A, RightVein.B, left), (PortalPlane.A, PortalPlane.B, above)],
            [8] = [(RightVein.A, RightVein.B, right), (MiddleVein.A, MiddleVein.B, left), (PortalPlane.A, PortalPlane.B, above)],
        };
        var segments = new Dictionary<int, SegmentShape> { [1] = new(caudate, null) };
        foreach (var (segment, planes) in cuts)
        {
            IReadOnlyList<DiagramPoint> outer = Outline;
            IReadOnlyList<DiagramPoint> hole = caudate;
            foreach (var (a, b, keep) in planes)
            {
                outer = Clip(outer, a, b, keep);
                hole = Clip(hole, a, b, keep);
            }

            segments[segment] = new SegmentShape(outer, Area(hole) > 1 ? hole : null);
        }

        Segments = segments;
    }

    /// <summary>Whether <paramref name="point"/> lies in the fill of <paramref name="segment"/> (its hole excluded).</summary>
    public static bool Contains(int segment, DiagramPoint point) => Segments[segment].Contains(point);

    /// <summary>The distance from <paramref name="point"/> to the nearest edge of <paramref name="segment"/> (hole included).</summary>
    public static double Clearance(int segment, DiagramPoint point)
    {
        var shape = Segments[segment];
        var distance = EdgeDistance(shape.Outer, point);
        return shape.Hole is null ? distance : Math.Min(distance, EdgeDistance(shape.Hole, point));
    }

    private static DiagramPoint[] SampleOutline()
    {
        var points = new List<DiagramPoint>();
        var from = OutlineStart;
        foreach (var (c1, c2, end) in OutlineCurves)
        {
            for (var i = 1; i <= SamplesPerCurve; i++)
            {
                var t = (double)i / SamplesPerCurve;
                var u = 1 - t;
                points.Add(new DiagramPoint(
                    (u * u * u * from.X) + (3 * u * u * t * c1.X) + (3 * u * t * t * c2.X) + (t * t * t * end.X),
                    (u * u * u * from.Y) + (3 * u * u * t * c1.Y) + (3 * u * t * t * c2.Y) + (t * t * t * end.Y)));
            }

            from = end;
        }

        points.RemoveAt(points.Count - 1); // the last sample is the start point again
        return [.. points];
    }

    /// <summary>Sutherland-Hodgman: the part of <paramref name="polygon"/> on the side of line a-b where <paramref name="keep"/> lies.</summary>
    private static DiagramPoint[] Clip(IReadOnlyList<DiagramPoint> polygon, DiagramPoint a, DiagramPoint b, DiagramPoint keep)
    {
        var sign = Math.Sign(Side(a, b, keep));
        var result = new List<DiagramPoint>();
        for (var i = 0; i < polygon.Count; i++)
        {
            var p = polygon[i];
            var q = polygon[(i + 1) % polygon.Count];
            var sp = Side(a, b, p) * sign;
            var sq = Side(a, b, q) * sign;
            if (sp >= 0)
            {
                result.Add(p);
            }

            if ((sp >= 0) != (sq >= 0))
            {
                var t = sp / (sp - sq);
                result.Add(new DiagramPoint(p.X + (t * (q.X - p.X)), p.Y + (t * (q.Y - p.Y))));
            }
        }

        return [.. result];
    }

    private static double Side(DiagramPoint a, DiagramPoint b, DiagramPoint p) =>
        ((b.X - a.X) * (p.Y - a.Y)) - ((b.Y - a.Y) * (p.X - a.X));

    private static double Area(IReadOnlyList<DiagramPoint> polygon)
    {
        var sum = 0.0;
        for (var i = 0; i < polygon.Count; i++)
        {
            var p = polygon[i];
            var q = polygon[(i + 1) % polygon.Count];
            sum += (p.X * q.Y) - (q.X * p.Y);
        }

        return Math.Abs(sum) / 2;
    }

    private static double EdgeDistance(IReadOnlyList<DiagramPoint> polygon, DiagramPoint p)
    {
        var best = double.MaxValue;
        for (var i = 0; i < polygon.Count; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Count];
            var dx = b.X - a.X;
            var dy = b.Y - a.Y;
            var length = (dx * dx) + (dy * dy);
            var t = length == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / length, 0, 1);
            best = Math.Min(best, Math.Sqrt(Math.Pow(p.X - (a.X + (t * dx)), 2) + Math.Pow(p.Y - (a.Y + (t * dy)), 2)));
        }

        return best;
    }
}

/// <summary>One segment's region: its outer polygon and, where the caudate lies over it, the hole the caudate makes.</summary>
internal sealed record SegmentShape(IReadOnlyList<DiagramPoint> Outer, IReadOnlyList<DiagramPoint>? Hole)
{
    /// <summary>Even-odd: inside the outer polygon and not inside the hole.</summary>
    public bool Contains(DiagramPoint point) => Inside(Outer, point) && (Hole is null || !Inside(Hole, point));

    private static bool Inside(IReadOnlyList<DiagramPoint> polygon, DiagramPoint p)
    {
        var inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            var a = polygon[i];
            var b = polygon[j];
            if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < ((b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y)) + a.X)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
