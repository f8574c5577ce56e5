using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// The hostile facts documents under Fixtures/Safety/Facts with the field path and line each must be refused
/// at, plus generated documents too large to keep as files.
/// </summary>
internal static class HostileFacts
{
    /// <summary>Expected line: the line that holds the marker <c>#&lt;</c>.</summary>
    public const int Marked = 0;

    /// <summary>Expected line: any line (the parser decides where a truncated document ends).</summary>
    public const int AnyLine = -1;

    public static string Folder { get; } = Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures", "Safety", "Facts");

    public static TheoryData<string, string, int> Files() => new()
    {
        { "empty.yaml", "", 1 },
        { "comments-only.yaml", "", 1 },
        { "binary.yaml", "", 1 },
        { "not-a-mapping.yaml", "", 1 },
        { "truncated.yaml", "", AnyLine },
        { "truncated.json", "", AnyLine },
        { "two-documents.yaml", "", 5 },
        { "duplicate-key.yaml", "ecog", Marked },
        { "duplicate-key.json", "liver.lesions[0].diameterMm", 1 },
        { "unknown-key.yaml", "ecgo", Marked },
        { "unknown-nested-key.yaml", "liver.lesions[0].segmnet", Marked },
        { "wrong-type-word.yaml", "ecog", Marked },
        { "wrong-type-mapping.yaml", "molecular", Marked },
        { "wrong-type-lesions.yaml", "liver.lesions", Marked },
        { "wrong-type-flag.yaml", "liver.lesions[0].nearMajorVessel", Marked },
        { "quoted-number.json", "ecog", 1 },
        { "quoted-flag.json", "liver.lesions[0].visibleOnImaging", 1 },
        { "nan.yaml", "ceaNgPerMl", Marked },
        { "nan-word.yaml", "ceaNgPerMl", Marked },
        { "infinity.yaml", "liver.futureLiverRemnantPercent", Marked },
        { "infinity-word.yaml", "diseaseFreeIntervalMonths", Marked },
        { "overflow.json", "liver.lesions[0].diameterMm", 1 },
        { "hex-number.yaml", "ecog", Marked },
        { "fractional-ecog.yaml", "ecog", Marked },
        { "out-of-range-ecog.yaml", "ecog", Marked },
        { "out-of-range-remnant.yaml", "liver.futureLiverRemnantPercent", Marked },
        { "out-of-range-segment.yaml", "liver.lesions[0].segment", Marked },
        { "out-of-range-diameter.yaml", "liver.lesions[0].diameterMm", Marked },
        { "schema-version-2.yaml", "schemaVersion", Marked },
        { "schema-version-quoted.json", "schemaVersion", 1 },
        { "schema-version-missing.yaml", "schemaVersion", Marked },
        { "phase-post-with-lesions.yaml", "liver.lesions", Marked },
        { "phase-pre-without-lesions.yaml", "liver.lesions", Marked },
        { "anchor.yaml", "liver.lesions[0]", Marked },
        { "alias-bomb.yaml", "patientId", Marked },
        { "alias-bomb.json", "a", 1 },
        { "tag.yaml", "ecog", Marked },
        { "core-tag.yaml", "ceaNgPerMl", Marked },
        { "invalid-tag.yaml", "", Marked },
        { "control-character.yaml", "patientId", Marked },
        { "centimetres.yaml", "liver.lesions[1].diameterMm", Marked },
        { "duplicate-option.yaml", "centre.available[1]", Marked },
    };

    /// <summary>Documents built in code: name, text, expected path prefix.</summary>
    public static TheoryData<string, string> Generated() => new()
    {
        { "deep-nesting", "schemaVersion: 1\npatientId: " + new string('[', 100_000) + new string(']', 100_000) + "\n" },
        { "huge", "schemaVersion: 1\npatientId: " + new string('x', 1_100_000) + "\n" },
        { "many-nodes", "schemaVersion: 1\ncentre:\n  available: [" + string.Concat(Enumerable.Repeat("resection, ", 25_000)) + "]\n" },
        { "unclosed-nesting", "schemaVersion: 1\necog: " + new string('[', 2_000) + "\nliver: 1\n" },
        { "many-lesions", "schemaVersion: 1\nliver:\n  lesions:\n" + string.Concat(Enumerable.Repeat("    - diameterMm: 20\n", 150)) },
    };

    public static string PathPrefixOf(string generated) => generated switch
    {
        "deep-nesting" => "patientId[0]",
        "many-nodes" => "centre.available[",
        "many-lesions" => "liver.lesions",
        "unclosed-nesting" => "ecog",
        _ => "",
    };

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public static int ExpectedLine(string file, int line)
    {
        if (line != Marked)
        {
            return line;
        }

        var lines = Read(file).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains("#<", StringComparison.Ordinal));
        return index < 0 ? throw new InvalidOperationException(file + " has no #< marker") : index + 1;
    }
}
