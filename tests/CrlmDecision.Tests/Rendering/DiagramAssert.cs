using System.Globalization;
using CrlmDecision.Cli.Output.Html;
using CrlmDecision.Facts;

namespace CrlmDecision.Tests.Rendering;

/// <summary>What a printed liver diagram must show: every lesion of the facts once, its centre in its segment's fill.</summary>
internal static class DiagramAssert
{
    /// <summary>Every lesion of <paramref name="liver"/> (by id, else #position) is drawn once, in its segment; unknown ones in no segment.</summary>
    public static void EveryLesionInItsSegment(LiverFacts liver, PageRendering page)
    {
        var expected = Expected(liver);
        Assert.Equal(expected.Select(e => e.Key).Order(StringComparer.Ordinal), page.Lesions.Select(l => l.Lesion).Order(StringComparer.Ordinal));
        foreach (var lesion in page.Lesions)
        {
            Assert.Equal(expected.Single(e => e.Key == lesion.Lesion).Segment, lesion.Segment);
            Assert.True(lesion.Inside, $"{lesion.Lesion} (segment {lesion.Segment}) has its centre in [{string.Join(", ", lesion.Containing)}]");
            Assert.Equal(lesion.Segment == LiverDiagram.UnknownSegment ? [] : [lesion.Segment], lesion.Containing);
        }
    }

    /// <summary>Each lesion's key (its id, else #position) and segment ("unknown" when not given, and for every lesion counted beyond the list).</summary>
    private static List<(string Key, string Segment)> Expected(LiverFacts liver)
    {
        var expected = liver.Lesions
            .Select((l, i) => (Key: l.Id ?? Position(i), Segment: l.Segment?.ToString(CultureInfo.InvariantCulture) ?? LiverDiagram.UnknownSegment))
            .ToList();
        for (var i = liver.Lesions.Count; i < (liver.LesionCount ?? 0); i++)
        {
            expected.Add((Position(i), LiverDiagram.UnknownSegment));
        }

        return expected;
    }

    private static string Position(int index) => "#" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
