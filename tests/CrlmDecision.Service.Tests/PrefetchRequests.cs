using System.Text.Json;
using System.Text.Json.Nodes;
using CrlmDecision.Facts;
using CrlmDecision.Fhir;
using Hl7.Fhir.Serialization;

namespace CrlmDecision.Service.Tests;

/// <summary>
/// CDS Hooks patient-view requests as an EHR sends them: the patient's resources split over the prefetch keys of
/// the service's discovery document (the Patient itself; a searchset Bundle for each query).
/// </summary>
public static class PrefetchRequests
{
    public const string ServicePath = "/cds-services/crlm-local-therapy";

    /// <summary>The checked-in example Bundle of a docs example (tests/CrlmDecision.Fhir.Tests/Bundles).</summary>
    public static string ExampleBundle(string example) =>
        File.ReadAllText(Path.Combine(FactsJson.RepoRoot, "tests", "CrlmDecision.Fhir.Tests", "Bundles", example + ".json"));

    public static string Request(string bundleJson, string? patientId = null, IEnumerable<string>? leaveOut = null, string hook = "patient-view")
    {
        var entries = JsonNode.Parse(bundleJson)!["entry"]!.AsArray().Select(e => e!["resource"]!).ToList();
        var patient = entries.Single(r => (string?)r["resourceType"] == "Patient");
        var prefetch = new JsonObject();
        foreach (var (key, query) in FhirPrefetch.Templates)
        {
            if (leaveOut?.Contains(key) == true)
            {
                continue;
            }

            var type = query.Split('/', '?')[0];
            prefetch[key] = type == "Patient"
                ? patient.DeepClone()
                : new JsonObject
                {
                    ["resourceType"] = "Bundle",
                    ["type"] = "searchset",
                    ["entry"] = new JsonArray(entries.Where(r => (string?)r["resourceType"] == type).Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() }).ToArray()),
                };
        }

        var request = new JsonObject
        {
            ["hook"] = hook,
            ["hookInstance"] = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            ["context"] = new JsonObject { ["userId"] = "Practitioner/mdt-1", ["patientId"] = patientId ?? (string?)patient["id"] },
            ["prefetch"] = prefetch,
        };
        return request.ToJsonString();
    }

    /// <summary>A request for facts built in code (through the FHIR writer).</summary>
    public static string Request(PatientFacts facts) => Request(FhirBundleWriter.Write(facts).ToJson());

    public static IReadOnlyList<JsonElement> Cards(string responseJson) =>
        JsonDocument.Parse(responseJson).RootElement.GetProperty("cards").EnumerateArray().ToList();
}
