using System.Buffers;
using System.Text.Json;

namespace CrlmDecision.Service.CdsHooks;

/// <summary>
/// A CDS Hooks 2.0 service request as far as this service reads it: the hook, its instance, the patient in
/// context and the prefetched FHIR resources, gathered into one collection Bundle for the FHIR mapping.
/// </summary>
internal sealed record CdsServiceRequest(string Hook, string PatientId, IReadOnlyDictionary<string, JsonElement> Prefetch)
{
    /// <summary>Reads a request, or says in words what is wrong with it (for a 400).</summary>
    public static (CdsServiceRequest? Request, string? Problem) Parse(string json, int maxDepth)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = maxDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "the request body must be a JSON object (a CDS Hooks service request)");
            }

            var hook = Text(root, "hook");
            if (Text(root, "hookInstance") is null)
            {
                return (null, "hookInstance is missing; a CDS Hooks request names its hook instance");
            }

            var patientId = root.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object ? Text(context, "patientId") : null;
            if (hook is null || patientId is null)
            {
                return (null, "hook and context.patientId are required");
            }

            var prefetch = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (root.TryGetProperty("prefetch", out var given) && given.ValueKind == JsonValueKind.Object)
            {
                foreach (var item in given.EnumerateObject().Where(item => item.Value.ValueKind != JsonValueKind.Null))
                {
                    prefetch[item.Name] = item.Value.Clone();
                }
            }

            return (new CdsServiceRequest(hook, patientId, prefetch), null);
        }
        catch (JsonException e)
        {
            return (null, "the request body is not valid JSON: " + e.Message);
        }
    }

    /// <summary>
    /// The prefetched resources as one FHIR collection Bundle: each prefetch that is a Bundle (a search result)
    /// gives its entries' resources, any other prefetch is one resource.
    /// </summary>
    public string PrefetchBundle()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "collection");
            writer.WriteStartArray("entry");
            foreach (var (_, value) in Prefetch.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                foreach (var resource in Resources(value))
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("resource");
                    resource.WriteTo(writer);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static IEnumerable<JsonElement> Resources(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && Text(value, "resourceType") == "Bundle")
        {
            return value.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array
                ? entries.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("resource", out _)).Select(e => e.GetProperty("resource"))
                : [];
        }

        return [value];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
