using System.Globalization;

namespace CrlmDecision.Facts;

/// <summary>
/// The allowed range of one number fact and the words every message about it uses.
/// </summary>
/// <param name="Min">Smallest allowed value.</param>
/// <param name="Max">Largest allowed value.</param>
/// <param name="Noun">What the number is in messages: <c>a number</c>, <c>a whole number</c>, <c>millimetres</c>.</param>
internal sealed record FactRange(double Min, double Max, string Noun)
{
    /// <summary>What is allowed, e.g. <c>a whole number from 0 to 4, or unknown</c>.</summary>
    public string Allowed { get; } = string.Create(CultureInfo.InvariantCulture, $"{Noun} from {Min} to {Max}, or unknown");

    /// <summary>True for unknown (null) and for a finite value from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public bool Contains(double? value) => value is not { } v || (double.IsFinite(v) && v >= Min && v <= Max);

    /// <summary>The message for <paramref name="value"/> outside the range.</summary>
    public string OutOfRange(double value) => string.Create(CultureInfo.InvariantCulture, $"{value} is out of range; expected {Allowed}");
}

/// <summary>
/// The fact model's limits, in one table. The mapper reads a number's type only (naming the range in its
/// type errors) and the validator checks the range, so a document and facts built in code meet the same
/// limits, and a document can be read before it is validated.
/// </summary>
internal static class FactRanges
{
    /// <summary>At most this many lesions: a bound on hostile input (hazard H5); real patients have far fewer.</summary>
    public const int MaxLesions = 100;

    /// <summary>Longest <c>patientId</c>, in characters (a single line).</summary>
    public const int MaxPatientIdLength = 200;

    /// <summary>Longest lesion <c>id</c>, in characters (a single line).</summary>
    public const int MaxLesionIdLength = 64;

    /// <summary>Longest <c>$schema</c> (an editor's schema link, ignored), in characters (a single line).</summary>
    public const int MaxSchemaLinkLength = 2000;

    public static FactRange Ecog { get; } = new(0, 4, "a whole number");

    public static FactRange CeaNgPerMl { get; } = new(0, 1_000_000, "a number");

    public static FactRange DiseaseFreeIntervalMonths { get; } = new(0, 600, "a number");

    public static FactRange FutureLiverRemnantPercent { get; } = new(0, 100, "a number");

    public static FactRange LinesReceived { get; } = new(0, 10, "a whole number");

    public static FactRange DiameterMm { get; } = new(1, 300, "millimetres");

    public static FactRange Segment { get; } = new(1, 8, "a Couinaud segment");

    /// <summary><c>liver.lesionCount</c>: the total, within the same bound as the lesion list.</summary>
    public static FactRange LesionCount { get; } = new(0, MaxLesions, "a whole number");

    /// <summary>A remnant at or under this many percent is a fraction written for a percentage (0.55 for 55%).</summary>
    public const double RemnantFractionMax = 1;

    /// <summary>A remnant under this many percent is implausible: a warning, not an error.</summary>
    public const double RemnantImplausibleBelow = 10;

    /// <summary>A diameter under this many millimetres is implausibly small for a characterised metastasis: a warning.</summary>
    public const double DiameterImplausibleBelowMm = 10;

    /// <summary>The message for a lesion list longer than <see cref="MaxLesions"/>.</summary>
    public static string TooManyLesions(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} lesions; at most {MaxLesions} are allowed");
}
