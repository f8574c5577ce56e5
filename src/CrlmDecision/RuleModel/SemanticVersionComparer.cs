using System.Globalization;

namespace CrlmDecision.RuleModel;

/// <summary>Orders MAJOR.MINOR.PATCH[-pre] versions; a pre-release sorts before its release.</summary>
internal sealed class SemanticVersionComparer : IComparer<string>
{
    public static SemanticVersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var (a, preA) = Split(x ?? "");
        var (b, preB) = Split(y ?? "");
        for (var i = 0; i < 3; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return (preA, preB) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(preA, preB),
        };
    }

    private static (int[] Numbers, string? Pre) Split(string version)
    {
        var dash = version.IndexOf('-', StringComparison.Ordinal);
        var core = dash < 0 ? version : version[..dash];
        var numbers = core.Split('.').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).Concat([0, 0, 0]).Take(3).ToArray();
        return (numbers, dash < 0 ? null : version[(dash + 1)..]);
    }
}
