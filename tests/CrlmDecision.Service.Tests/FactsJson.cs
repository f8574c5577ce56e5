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

    public static string RepoRoot { get; } = FindRoot();

    public static IEnumerable<string> ExampleNames =>
        Directory.GetFiles(Path.Combine(RepoRoot, "docs", "examples"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Examples => new(ExampleNames);

    public static PatientFacts Example(string name) => FactsReader.ReadFile(Path.Combine(RepoRoot, "docs", "examples", name + ".yaml"));

    public static string Of(PatientFacts facts) => JsonSerializer.Serialize(facts, Json);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrlmDecision.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (CrlmDecision.sln) was not found above " + AppContext.BaseDirectory);
    }
}
