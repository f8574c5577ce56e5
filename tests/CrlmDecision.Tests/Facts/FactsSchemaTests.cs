using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrlmDecision.Cli.Authoring;
using CrlmDecision.Facts;
using CrlmDecision.Tests.Support;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CrlmDecision.Tests.Facts;

/// <summary>
/// The published JSON Schema and the clinicians' reference are current, and the schema agrees with the reader
/// on every facts document of the repository, valid and invalid, except where listed with the reason.
/// </summary>
public sealed partial class FactsSchemaTests
{
    /// <summary>
    /// Documents the reader refuses for what no JSON Schema can see: the schema judges the parsed data, not the
    /// YAML text, and cannot compare values across a list. Each must be refused by the reader and accepted (or,
    /// not being one YAML document, not even parsed) by the schema; an entry that stops being so fails the test.
    /// </summary>
    private static readonly Dictionary<string, string> ReaderOnly = new(StringComparer.Ordinal)
    {
        ["Safety/Facts/empty.yaml"] = "YAML text: an empty document is no data to validate",
        ["Safety/Facts/comments-only.yaml"] = "YAML text: comments only, no data to validate",
        ["Safety/Facts/binary.yaml"] = "YAML text: control characters in the stream",
        ["Safety/Facts/truncated.yaml"] = "YAML text: not a complete document",
        ["Safety/Facts/truncated.json"] = "JSON text: not a complete document",
        ["Safety/Facts/two-documents.yaml"] = "YAML text: two documents in one file",
        ["Safety/Facts/duplicate-key.yaml"] = "YAML text: a duplicate key disappears when parsed",
        ["Safety/Facts/duplicate-key.json"] = "JSON text: a duplicate key disappears when parsed",
        ["Safety/Facts/anchor.yaml"] = "YAML text: anchors and aliases are resolved before validation",
        ["Safety/Facts/alias-bomb.yaml"] = "YAML text: anchors and aliases are resolved before validation",
        ["Safety/Facts/alias-bomb.json"] = "YAML text: anchors and aliases are resolved before validation",
        ["Safety/Facts/tag.yaml"] = "YAML text: a tag is not part of the data",
        ["Safety/Facts/core-tag.yaml"] = "YAML text: a tag is not part of the data",
        ["Safety/Facts/invalid-tag.yaml"] = "YAML text: a tag is not part of the data",
        ["Safety/Facts/centimetres.yaml"] = "across the list: every diameter under 10 mm with one fractional looks like centimetres",
    };

    private static readonly string FixturesFolder = Repository.Path_("tests", "CrlmDecision.Tests", "Fixtures");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(FactsSchema.Write()));

    [Fact]
    public void Write_CheckedInSchema_EqualsGenerated()
    {
        var checkedIn = File.ReadAllText(Repository.Path_(FactsSchema.RepositoryPath.Split('/'))).ReplaceLineEndings("\n");

        Assert.True(checkedIn == FactsSchema.Write(), $"{FactsSchema.RepositoryPath} is out of date: run `dotnet run --project src/CrlmDecision.Cli -- facts schema --out {FactsSchema.RepositoryPath}`");
    }

    [Fact]
    public void Write_CheckedInReference_EqualsGenerated()
    {
        var checkedIn = File.ReadAllText(Repository.Path_("docs", "facts-reference.md")).ReplaceLineEndings("\n");

        Assert.True(checkedIn == FactsReference.Write(), "docs/facts-reference.md is out of date: run `dotnet run --project src/CrlmDecision.Cli -- facts reference --out docs/facts-reference.md`");
    }

    [Fact]
    public void Write_Twice_SameText()
    {
        Assert.Equal(FactsSchema.Write(), FactsSchema.Write());
    }

    [Fact]
    public void Reference_EveryFactOfTheContract_IsListedWithUnknown()
    {
        var reference = FactsReference.Write();

        foreach (var field in new[] { "ecog", "fitForMajorSurgery", "primaryTumor", "lesions", "diameterMm", "postoperativeCtDna", "centre", "available" })
        {
            Assert.Contains($"| `{field}` |", reference, StringComparison.Ordinal);
        }

        Assert.Contains("## `liver.lesions[]`", reference, StringComparison.Ordinal);

        Assert.Contains("| `ecog` | a whole number from 0 to 4; or `unknown` | unknown |", reference, StringComparison.Ordinal);
        Assert.Contains("| `phase` | `pre-treatment`, `post-hepatectomy` | `pre-treatment` |", reference, StringComparison.Ordinal);
    }

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Safety/Facts", "Safety/FuzzSeeds" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(FixturesFolder, folder)).Order(StringComparer.Ordinal))
            {
                data.Add(folder + "/" + Path.GetFileName(file));
            }
        }

        foreach (var file in Directory.GetFiles(Repository.Path_("docs", "examples"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add("docs/examples/" + Path.GetFileName(file));
        }

        return data;
    }

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var root in new[] { Repository.Path_("rules"), Path.Combine(FixturesFolder, "versions") })
        {
            foreach (var file in Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "scenarios")
                .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_FactsDocument_AgreesWithReader(string name)
    {
        var path = name.StartsWith("docs/", StringComparison.Ordinal) ? Repository.Path_(name.Split('/')) : Path.Combine(FixturesFolder, name);
        var text = File.ReadAllText(path);

        var readerAccepts = ReaderAccepts(text);
        var schemaAccepts = ToJson(text) is { } json ? SchemaAccepts(json) : (bool?)null;

        if (ReaderOnly.TryGetValue(name, out var reason))
        {
            Assert.False(readerAccepts, $"{name} is listed as refused by the reader alone ({reason}), but the reader accepts it");
            Assert.True(schemaAccepts is not false, $"{name} is listed as refused by the reader alone ({reason}), but the schema refuses it too: remove it from the list");
            return;
        }

        Assert.True(schemaAccepts is not null, $"{name}: not one YAML document, yet not listed with a reason");
        Assert.True(readerAccepts == schemaAccepts, $"{name}: the reader {Verdict(readerAccepts)} it, the schema {Verdict(schemaAccepts!.Value)} it");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Schema_ScenarioFacts_AcceptedLikeTheReader(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Repository.Path_(name.Split('/')))));
        var facts = ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("facts")];
        var json = Convert(facts)!.ToJsonString();

        Assert.True(ReaderAccepts(json), $"{name}: the reader refuses its facts");
        Assert.True(SchemaAccepts(json), $"{name}: the schema refuses its facts");
    }

    [Fact]
    public void ReaderOnly_EveryListedDocument_Exists()
    {
        Assert.All(ReaderOnly.Keys, name => Assert.True(File.Exists(Path.Combine(FixturesFolder, name)), name));
    }

    [Theory]
    [InlineData("{\"$schema\": \"../schema/facts.schema.json\", \"schemaVersion\": 1, \"phase\": \"post-hepatectomy\"}")]
    [InlineData("# yaml-language-server: $schema=../schema/facts.schema.json\nschemaVersion: 1\nphase: post-hepatectomy\n")]
    public void Read_EditorSchemaLink_AcceptedByReaderAndSchema(string text)
    {
        Assert.True(ReaderAccepts(text));
        Assert.True(SchemaAccepts(ToJson(text)!));
    }

    [Theory]
    [InlineData("refractory:", "refractory: true")]
    [InlineData("response:", "response: responding")]
    [InlineData("linesReceived:", "linesReceived: 2")]
    [InlineData("futureLiverRemnantPercent:", "futureLiverRemnantPercent: 0.55")]
    [InlineData("adjacentToCriticalStructure:", "adjacentToCriticalStructure: false\n      adjacentToBowel: true")]
    public void Schema_ImpossibleCombination_RefusedLikeTheReader(string line, string replacement)
    {
        var json = ToJson(TestFacts.Replace(line, replacement))!;

        Assert.False(ReaderAccepts(json));
        Assert.False(SchemaAccepts(json));
    }

    [Fact]
    public void Schema_Revision11Document_AcceptedLikeTheReader()
    {
        var json = ToJson(TestFacts.Replace("adjacentToCriticalStructure:", "adjacentToCriticalStructure: true\n      adjacentToBileDuct: true\n      adjacentToBowel: unknown")
            .Replace("  futureLiverRemnantPercent: 60", "  futureLiverRemnantPercent: 60\n  lesionCount: 4", StringComparison.Ordinal))!;

        Assert.True(ReaderAccepts(json));
        Assert.True(SchemaAccepts(json));
    }

    [Fact]
    public void Read_SchemaLinkNotText_Refused()
    {
        var error = Assert.Throws<InvalidFactsException>(() => FactsReader.Read("{\"$schema\": [1], \"schemaVersion\": 1, \"phase\": \"post-hepatectomy\"}"));

        Assert.Contains(error.Errors, e => e.Path == "$schema");
    }

    private static bool ReaderAccepts(string text)
    {
        try
        {
            FactsReader.Read(text);
            return true;
        }
        catch (InvalidFactsException)
        {
            return false;
        }
    }

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static string Verdict(bool accepts) => accepts ? "accepts" : "refuses";

    /// <summary>The document as JSON text, or null when it is not exactly one YAML document without aliases.</summary>
    private static string? ToJson(string text)
    {
        var stream = new YamlStream();
        try
        {
            // Aliases would be expanded into the data (an alias bomb exponentially): such a document has no JSON form here.
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias or NodeEvent { Anchor.IsEmpty: false })
                {
                    return null;
                }
            }

            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (e is YamlException or ArgumentException)
        {
            return null; // not YAML, or (ArgumentException) a tag YamlDotNet cannot represent
        }

        return stream.Documents.Count == 1 ? Convert(stream.Documents[0].RootNode)?.ToJsonString() ?? "null" : null;
    }

    // YAML 1.2 core schema, as the reader reads it: plain null words, true/false, plain numbers; the rest text.
    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, Convert(e.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } p => Plain(p.Value ?? ""),
        YamlScalarNode q => JsonValue.Create(q.Value),
        _ => throw new InvalidOperationException("unexpected YAML node " + node.NodeType),
    };

    private static JsonNode? Plain(string value) => value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when JsonNumber().IsMatch(value) => JsonNode.Parse(value),
        _ => JsonValue.Create(value),
    };

    [GeneratedRegex("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}
