using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.Tests.Support;
using Xunit.Abstractions;

namespace CrlmDecision.Tests.Packaging;

/// <summary>
/// Proves the packages from the outside: packs the library and the tool (from the build this test run
/// already made), restores and runs docs/samples/HostSample against the packed .nupkg only, and installs the
/// tool into a temporary tool path and runs <c>crlm recommend</c> from there.
/// </summary>
/// <remarks>
/// Everything happens in a temp folder: its own NuGet packages folder (the user's is only a read-only
/// fallback for third-party packages), a unique prerelease version so no cache can serve a stale
/// CrlmDecision, and the sample's committed nuget.config with its relative local feed.
/// </remarks>
public sealed partial class PackageTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public void PackedPackages_SampleHostAndInstalledTool_PrintRankedRecommendation()
    {
        using var temp = new TempDirectory("crlm-package");
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var dotnet = Path.Combine(dotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        var version = "1.0.0-pack." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Path.Combine(temp.Path, "artifacts", "packages");
        var sample = Path.Combine(temp.CopyIn(Repository.Path_("docs", "samples"), Path.Combine("docs", "samples")), "HostSample");
        var example = Repository.Path_("docs", "examples", "resectable-solitary.yaml");
        var environment = Environment(temp.Path, dotnetRoot);
        var expected = CrlmDecisionEngine.CreateDefault().Recommend(FactsReader.ReadFile(example)).Options[0];
        var option = Words<TreatmentOption>.Of(expected.Option);
        var strength = Words<Strength>.Of(expected.Strength);

        foreach (var project in new[] { "CrlmDecision", "CrlmDecision.Cli" })
        {
            Step($"pack {project}", dotnet, ["pack", Repository.Path_("src", project, project + ".csproj"), "--no-build", "-c", Configuration, "-o", feed, "-p:PackageVersion=" + version], temp.Path, environment);
        }

        Assert.True(File.Exists(Path.Combine(feed, $"CrlmDecision.{version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(feed, $"CrlmDecision.{version}.snupkg")));

        var fallback = FallbackPackagesFolder();
        var run = Step("restore, build and run the sample host", dotnet,
            ["run", "--project", sample, "-p:CrlmDecisionVersion=" + version, .. fallback is null ? Array.Empty<string>() : ["-p:RestoreAdditionalProjectFallbackFolders=" + fallback], "--", example],
            sample, environment);
        Assert.Matches(new Regex($"^1\\. {Regex.Escape(option)}: {Regex.Escape(strength)} ", RegexOptions.Multiline), run.Output);
        using (var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample, "obj", "project.assets.json"))))
        {
            var library = assets.RootElement.GetProperty("libraries").GetProperty($"CrlmDecision/{version}");
            Assert.Equal("package", library.GetProperty("type").GetString());
        }

        var tools = Path.Combine(temp.Path, "tools");
        var toolConfig = Path.Combine(temp.Path, "tool-nuget.config");
        File.WriteAllText(toolConfig, $"<configuration><packageSources><clear /><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>");
        Step("install the tool", dotnet, ["tool", "install", "CrlmDecision.Cli", "--version", version, "--tool-path", tools, "--configfile", toolConfig], temp.Path, environment);
        var crlm = Step("crlm recommend", Path.Combine(tools, OperatingSystem.IsWindows() ? "crlm.exe" : "crlm"), ["recommend", example], temp.Path, environment);
        Assert.Matches(new Regex($"^\\s*1\\s+{Regex.Escape(option)}\\s+{Regex.Escape(strength)}\\s", RegexOptions.Multiline | RegexOptions.IgnoreCase), crlm.Output);
    }

    private ProcessRunner.Result Step(string name, string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var started = Stopwatch.GetTimestamp();
        var result = ProcessRunner.Run(fileName, arguments, workingDirectory, environment, Limit);
        output.WriteLine($"{name}: exit {result.ExitCode} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        Assert.True(result.ExitCode == 0, $"{name} failed: {result}");
        return result;
    }

    private static Dictionary<string, string> Environment(string temp, string dotnetRoot) => new(StringComparer.Ordinal)
    {
        ["NUGET_PACKAGES"] = Path.Combine(temp, "nuget-packages"),
        ["DOTNET_ROOT"] = dotnetRoot,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        // No build node or compiler server may outlive the child and hold its output pipes open.
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["UseSharedCompilation"] = "false",
    };

    private static string? FallbackPackagesFolder()
    {
        var configured = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        var folder = string.IsNullOrEmpty(configured)
            ? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
        return Directory.Exists(folder) ? folder : null;
    }
}
