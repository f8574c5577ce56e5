using System.Text.RegularExpressions;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Architecture;

/// <summary>The library's folders read one way: each imports only folders before it in the flow.</summary>
public sealed partial class LayeringTests
{
    // facts -> validation -> rules on NRules -> judging and ranking -> report; Scenarios and DI sit beside the flow.
    private static readonly string[] Flow = ["Yaml", "Facts", "Localisation", "RuleModel", "Compilation", "Evaluation", "Reports", "WhatIf", "Scenarios", "Mutation", "DependencyInjection"];

    [Fact]
    public void Library_EveryFolder_ImportsOnlyFoldersBeforeItInTheFlow()
    {
        var source = Repository.Path_("src", "CrlmDecision");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(source, file);
            var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : null;
            if (folder is null)
            {
                continue; // the root namespace holds the entry types, built on every folder
            }

            var position = Array.IndexOf(Flow, folder);
            Assert.True(position >= 0, $"{relative}: folder {folder} is not placed in the flow of this test");
            foreach (Match used in Reference().Matches(File.ReadAllText(file)))
            {
                var target = used.Groups[1].Value;
                if (target != folder && Array.IndexOf(Flow, target) is var at && at >= position)
                {
                    problems.Add($"{relative} imports {target}, which comes after {folder}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Cli_DoesNotSeeTheLibrarysInternals()
    {
        var project = File.ReadAllText(Repository.Path_("src", "CrlmDecision", "CrlmDecision.csproj"));

        Assert.DoesNotContain("InternalsVisibleTo Include=\"crlm\"", project, StringComparison.Ordinal);
    }

    [Fact]
    public void Library_RunsOnNRules_WithoutRulesEngineOrFluentValidation()
    {
        var references = typeof(RuleSet).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.Contains("NRules", references);
        Assert.Contains("NRules.RuleModel", references);
        Assert.DoesNotContain("RulesEngine", references);
        Assert.DoesNotContain("FluentValidation", references);
    }

    // "using CrlmDecision.X;" and fully qualified "CrlmDecision.X." references.
    [GeneratedRegex(@"\bCrlmDecision\.([A-Z][A-Za-z]+)\b(?=[;.])")]
    private static partial Regex Reference();
}
