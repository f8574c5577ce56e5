using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CrlmDecision.Facts;

/// <summary>
/// The JSON Schema (draft 2020-12) of the facts contract, for editors' completion and for checking a document
/// before it is sent. Generated from <see cref="PatientFacts"/> by <see cref="JsonSchemaExporter"/> and enriched
/// with what <see cref="FactsReader"/> enforces: the ranges of one table, the words with <c>unknown</c>, null as
/// unknown, the required <c>schemaVersion</c>, no unknown keys, and the lesion list that <c>phase</c> asks for.
/// </summary>
/// <remarks>
/// The reader stays the authority: a few checks no schema expresses (a diameter that looks like centimetres,
/// a duplicate key) are the reader's alone. The repository publishes the schema at <see cref="RepositoryPath"/>.
/// </remarks>
public static class FactsSchema
{
    /// <summary>Where the repository publishes the schema, relative to its root.</summary>
    public const string RepositoryPath = "docs/schema/facts.schema.json";

    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The contract's revisions within schemaVersion 1: each only adds, so every older document reads as before.</summary>
    internal const string Revisions =
        "Revision 1.1 (schemaVersion stays 1; every 1.0 document reads exactly as before): liver.lesions[].adjacentToBileDuct and "
        + "liver.lesions[].adjacentToBowel split the umbrella adjacentToCriticalStructure (still read); liver.lesionCount gives the total when "
        + "not every lesion is listed; refused: duplicate lesion ids, a response or refractory: true with linesReceived: 0, response naive with "
        + "lines received, futureLiverRemnantPercent of 1 or less (a fraction).";

    // The facts' JSON shape: camelCase keys, the enums' contract words, no unknown keys.
    private static readonly JsonSerializerOptions FactsOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as indented JSON (LF line ends, ending with a newline); the same text on every call.</summary>
    public static string Write()
    {
        var exporter = new JsonSchemaExporterOptions { TransformSchemaNode = Enrich };
        var schema = (JsonObject)FactsOptions.GetJsonSchemaAsNode(typeof(PatientFacts), exporter);
        return Root(schema).ToJsonString(WriteOptions) + "\n";
    }

    private static JsonNode Enrich(JsonSchemaExporterContext context, JsonNode node)
    {
        if (context.PropertyInfo?.AttributeProvider is not PropertyInfo property)
        {
            if (node["type"] is JsonArray types && types.Count == 2 && (string?)types[0] == "object")
            {
                node["type"] = "object"; // a lesion in the list (or the document itself) may not be null
            }

            return node;
        }

        var schema = Property(property, (JsonObject)node);
        var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name} has no [Description] for the facts schema");
        schema.Insert(0, "description", description);
        return schema;
    }

    // Every fact but schemaVersion may be null, read as absent: unknown (or, for phase and lesions, the default).
    private static JsonObject Property(PropertyInfo property, JsonObject node)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        switch (property.Name)
        {
            case nameof(PatientFacts.SchemaVersion):
                return new JsonObject { ["const"] = 1 };
            case nameof(CentreFacts.Available):
                var list = new JsonObject { ["type"] = "array", ["items"] = node["items"]!.DeepClone(), ["uniqueItems"] = true };
                return new JsonObject { ["anyOf"] = new JsonArray(list, UnknownOrNull()) };
            case nameof(LiverFacts.Lesions):
                AllowNull(node);
                node["maxItems"] = FactRanges.MaxLesions;
                node["default"] = new JsonArray();
                return node;
            case nameof(PatientFacts.PatientId):
                return Text(FactRanges.MaxPatientIdLength);
            case nameof(LesionFacts.Id):
                return Text(FactRanges.MaxLesionIdLength);
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["enum"] = new JsonArray(true, false, "unknown", null) };
        }

        if (type == typeof(int) || type == typeof(double))
        {
            var range = RangeOf(property);
            var number = new JsonObject { ["type"] = type == typeof(int) ? "integer" : "number", ["minimum"] = range.Min, ["maximum"] = range.Max };
            if (property.Name == nameof(LiverFacts.FutureLiverRemnantPercent))
            {
                number.Remove("minimum"); // a remnant of 1 or less is a fraction written for a percentage (FactsValidator)
                number.Insert(1, "exclusiveMinimum", FactRanges.RemnantFractionMax);
            }

            return new JsonObject { ["anyOf"] = new JsonArray(number, UnknownOrNull()) };
        }

        AllowNull(node);
        if (type == typeof(Phase))
        {
            node["default"] = Words<Phase>.Of(new PatientFacts().Phase);
        }

        return node;
    }

    // The one table of ranges: FactRanges names each range after the fact's property.
    private static FactRange RangeOf(PropertyInfo property) =>
        typeof(FactRanges).GetProperty(property.Name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as FactRange
        ?? throw new InvalidOperationException($"FactRanges has no range named {property.Name}");

    private static JsonObject Text(int maxLength) => new()
    {
        ["type"] = new JsonArray("string", "null"),
        ["maxLength"] = maxLength,
        ["pattern"] = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$", // a single line: no control characters
    };

    private static JsonObject UnknownOrNull() => new() { ["enum"] = new JsonArray("unknown", null) };

    private static void AllowNull(JsonObject node)
    {
        if (node["type"] is JsonValue single)
        {
            node["type"] = new JsonArray(single.GetValue<string>(), "null");
        }
        else if (node["type"] is JsonArray types && !types.Any(t => t?.GetValue<string>() == "null"))
        {
            types.Add("null");
        }

        if (node["enum"] is JsonArray words && !words.Contains(null))
        {
            words.Add(null);
        }
    }

    private static JsonObject Root(JsonObject schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "CRLM patient facts (schemaVersion 1, contract revision 1.1)",
            ["description"] = "Structured facts about one patient with colorectal liver metastases, in YAML or JSON. Every fact may be unknown: leave it out, write null, or write unknown; it is never replaced by a default.",
            ["$comment"] = Revisions,
        };
        foreach (var (key, value) in schema)
        {
            root[key] = key == "type" ? "object" : value?.DeepClone();
        }

        var properties = (JsonObject)root["properties"]!;
        properties.Insert(0, "$schema", new JsonObject
        {
            ["description"] = "A link to this schema for editors (JSON files); ignored by the reader.",
            ["type"] = "string",
            ["maxLength"] = FactRanges.MaxSchemaLinkLength,
        });
        root["required"] = new JsonArray("schemaVersion");

        // The lesion list phase asks for (FactsValidator): none after hepatectomy, at least one before treatment.
        root["if"] = new JsonObject { ["required"] = new JsonArray("phase"), ["properties"] = new JsonObject { ["phase"] = new JsonObject { ["const"] = "post-hepatectomy" } } };
        root["then"] = Liver(new JsonObject { ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "null" },
            new JsonObject { ["properties"] = new JsonObject { ["lesions"] = new JsonObject { ["maxItems"] = 0 } } }) });
        var lesions = new JsonObject { ["type"] = "array", ["minItems"] = 1 };
        var liver = new JsonObject { ["type"] = "object", ["required"] = new JsonArray("lesions"), ["properties"] = new JsonObject { ["lesions"] = lesions } };
        root["else"] = Liver(liver);
        ((JsonObject)root["else"]!).Insert(0, "required", new JsonArray("liver"));

        // What cannot be true together (FactsValidator): a course or refractoriness without a line of therapy, lines
        // for a naive patient, a lesion next to the bile duct or bowel but next to no critical structure.
        var therapy = (JsonObject)properties["systemicTherapy"]!;
        therapy["allOf"] = new JsonArray(
            When("linesReceived", 0, new JsonObject
            {
                ["refractory"] = new JsonObject { ["not"] = new JsonObject { ["const"] = true } },
                ["response"] = new JsonObject { ["enum"] = new JsonArray("naive", "unknown", null) },
            }),
            When("response", "naive", new JsonObject
            {
                ["linesReceived"] = new JsonObject { ["enum"] = new JsonArray(0, "unknown", null) },
            }));
        var lesion = (JsonObject)properties["liver"]!["properties"]!["lesions"]!["items"]!;
        lesion["allOf"] = new JsonArray(When("adjacentToCriticalStructure", false, new JsonObject
        {
            ["adjacentToBileDuct"] = new JsonObject { ["not"] = new JsonObject { ["const"] = true } },
            ["adjacentToBowel"] = new JsonObject { ["not"] = new JsonObject { ["const"] = true } },
        }));
        return root;

        static JsonObject When(string key, JsonNode value, JsonObject then) => new()
        {
            ["if"] = new JsonObject { ["required"] = new JsonArray(key), ["properties"] = new JsonObject { [key] = new JsonObject { ["const"] = value } } },
            ["then"] = new JsonObject { ["properties"] = then },
        };

        static JsonObject Liver(JsonObject liver) => new() { ["properties"] = new JsonObject { ["liver"] = liver } };
    }
}
