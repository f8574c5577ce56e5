using System.Text.Json;
using System.Text.Json.Serialization;
using CrlmDecision.Facts;

namespace CrlmDecision.Service.Tests;

/// <summary>The docs examples' facts, and facts as the contract's JSON a tool would POST.</summary>
public static class FactsJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string RepoRoot => CrlmDecision.Testing.RepositoryRoot.Path;

    public static IEnumerable<string> ExampleNames =>
        Directory.GetFiles(Path.Combine(RepoRoot, "docs", "examples"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Examples => new(ExampleNames);

    public static PatientFacts Example(string name) => FactsReader.ReadFile(Path.Combine(RepoRoot, "docs", "examples", name + ".yaml"));

    public static string Of(PatientFacts facts) => JsonSerializer.Serialize(facts, Json);
}
