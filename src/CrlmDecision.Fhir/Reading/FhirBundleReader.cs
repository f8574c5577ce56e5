using System.Globalization;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CrlmDecision.Fhir;

/// <summary>
/// Parses FHIR R4 JSON into a <see cref="Bundle"/> within limits, so hostile input (deep nesting, huge arrays or
/// strings, not JSON, not a Bundle) is refused with a <see cref="FhirMappingException"/>, never another exception.
/// </summary>
/// <remarks>
/// Thread-safe and stateless. The JSON is first scanned with <see cref="FhirJsonLimits"/> and only then handed to
/// the Firely deserializer, which rejects unknown elements and wrong value types (each issue becomes an error
/// naming its location).
/// </remarks>
public static class FhirBundleReader
{
    /// <summary>Parses <paramref name="json"/> as a FHIR R4 Bundle with <see cref="FhirJsonLimits.Default"/>.</summary>
    /// <exception cref="FhirMappingException">Not JSON, over a limit, not a Bundle, or not valid FHIR R4.</exception>
    public static Bundle Parse(string json) => Parse(json, FhirJsonLimits.Default);

    /// <summary>Parses <paramref name="json"/> as a FHIR R4 Bundle with the given limits.</summary>
    /// <exception cref="FhirMappingException">Not JSON, over a limit, not a Bundle, or not valid FHIR R4.</exception>
    public static Bundle Parse(string json, FhirJsonLimits limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(limits);
        if (json.Length > limits.MaxChars)
        {
            throw new FhirMappingException($"the document has {json.Length} characters; at most {limits.MaxChars} are read");
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        var resourceType = Scan(bytes, limits);
        if (resourceType != "Bundle")
        {
            throw new FhirMappingException(resourceType is null
                ? "the document has no resourceType; expected a FHIR Bundle (\"resourceType\": \"Bundle\")"
                : $"the document is a {(resourceType.Length > 64 ? resourceType[..64] + "..." : resourceType)}, not a Bundle; expected \"resourceType\": \"Bundle\"");
        }

        var reader = new Utf8JsonReader(bytes, ReaderOptions(limits));
        Resource? resource;
        IEnumerable<Hl7.Fhir.Utility.CodedException> issues;
        try
        {
            new FhirJsonDeserializer(new DeserializerSettings()).TryDeserializeResource(ref reader, out resource, out issues);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException or OverflowException or NotSupportedException)
        {
            throw new FhirMappingException("not valid FHIR R4 JSON: " + e.Message, e);
        }

        var errors = issues.Select(Describe).Distinct().OrderBy(e => e.Element, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToList();
        if (errors.Count > 0)
        {
            throw new FhirMappingException(errors);
        }

        return resource as Bundle ?? throw new FhirMappingException("the document is not a Bundle");
    }

    private static JsonReaderOptions ReaderOptions(FhirJsonLimits limits) =>
        new() { MaxDepth = limits.MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Checks the JSON against the limits and returns the top-level resourceType, before any FHIR parsing.</summary>
    private static string? Scan(byte[] bytes, FhirJsonLimits limits)
    {
        var reader = new Utf8JsonReader(bytes, ReaderOptions(limits));
        var arrayCounts = new Stack<int>();
        string? resourceType = null;
        var expectResourceType = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FhirMappingException("the document is not a JSON object; expected a FHIR Bundle");
            }

            while (reader.Read())
            {
                CountArrayElement(ref reader, arrayCounts, limits);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartArray:
                        arrayCounts.Push(0);
                        break;
                    case JsonTokenType.EndArray:
                        arrayCounts.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        CheckLength(ref reader, limits);
                        expectResourceType = reader.CurrentDepth == 1 && reader.ValueTextEquals("resourceType");
                        continue;
                    case JsonTokenType.String:
                        CheckLength(ref reader, limits);
                        if (expectResourceType)
                        {
                            resourceType = reader.GetString();
                        }

                        break;
                    default:
                        break;
                }

                expectResourceType = false;
            }
        }
        catch (JsonException e)
        {
            throw new FhirMappingException(string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstSentence(e.Message)} (at most {limits.MaxDepth} levels of nesting are read)"));
        }

        return resourceType;
    }

    private static void CountArrayElement(ref Utf8JsonReader reader, Stack<int> arrayCounts, FhirJsonLimits limits)
    {
        if (arrayCounts.Count == 0 || reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.PropertyName)
        {
            return;
        }

        var count = arrayCounts.Pop() + 1;
        if (count > limits.MaxArrayItems)
        {
            throw new FhirMappingException($"an array has more than {limits.MaxArrayItems} items; at most {limits.MaxArrayItems} are read");
        }

        arrayCounts.Push(count);
    }

    private static void CheckLength(ref Utf8JsonReader reader, FhirJsonLimits limits)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > limits.MaxStringBytes)
        {
            throw new FhirMappingException($"a string or property name is {length} bytes long; at most {limits.MaxStringBytes} are read");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static FhirMappingError Describe(Hl7.Fhir.Utility.CodedException issue)
    {
        return new FhirMappingError("Bundle", "", issue.Message); // the message names the element and its line
    }
}
