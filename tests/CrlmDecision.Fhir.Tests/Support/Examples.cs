using System.Text.Json;
using CrlmDecision.Facts;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir.Tests.Support;

/// <summary>The docs examples, the checked-in Bundles, and facts compared as their contract JSON.</summary>
internal static class Examples
{
    public static IReadOnlyList<string> DocsExampleNames { get; } =
        Directory.GetFiles(Repository.Path_("docs", "examples"), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> DocsExamples() => new(DocsExampleNames);

    public static PatientFacts DocsFacts(string name) => FactsReader.ReadFile(Repository.Path_("docs", "examples", name + ".yaml"));

    /// <summary>The checked-in Bundle, as copied to the test output.</summary>
    public static string BundleText(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bundles", name + ".json"));

    public static Bundle Bundle(string name) => FhirBundleReader.Parse(BundleText(name));

    /// <summary>The source path of a checked-in Bundle (to regenerate it).</summary>
    public static string SourcePath(string name) => Repository.Path_("tests", "CrlmDecision.Fhir.Tests", "Bundles", name + ".json");

    /// <summary>
    /// What the mapping carries of <paramref name="facts"/>: everything but the centre (not patient data), with the
    /// patient id and lesion labels the writer gives when they are absent, lesions in label order.
    /// </summary>
    public static PatientFacts Carried(PatientFacts facts) => facts with
    {
        Centre = null,
        PatientId = FhirBundleWriter.IdOf(facts.PatientId ?? "patient"),
        Liver = facts.Liver with
        {
            Lesions = facts.Liver.Lesions
                .Select((l, i) => l with { Id = l.Id ?? "L" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
                .OrderBy(l => l.Id, LabelComparer.Instance)
                .ToList(),
        },
    };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Json(PatientFacts facts) => JsonSerializer.Serialize(facts, Indented);

    public static void AssertSameFacts(PatientFacts expected, PatientFacts actual) => Assert.Equal(Json(expected), Json(actual));
}
