using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using CrlmDecision.Tests.Support;
using Xunit.Abstractions;

namespace CrlmDecision.Tests.Packaging;

/// <summary>
/// Drafts never ship: packs the library from a temporary copy of the repository with a draft version present
/// (made as docs/rule-authoring.md §9 says) and reads the manifest resources of the packed DLL.
/// </summary>
public sealed class DraftPackageTests(ITestOutputHelper output)
{
    [Fact]
    public void Pack_WithDraftRuleSetPresent_EmbedsReleasedVersionsOnly()
    {
        using var temp = new TempDirectory("crlm-draft-pack");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", Path.Combine("docs", "package-readme.md") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(temp.Path, file))!);
            File.Copy(Repository.Path_(file), Path.Combine(temp.Path, file));
        }

        temp.CopyIn(Repository.Path_("src", "CrlmDecision"), Path.Combine("src", "CrlmDecision"));
        temp.CopyIn(Repository.Path_("rules"), "rules");
        DraftRuleSet.CopyTo(Path.Combine(temp.Path, "rules", "crlm-local-therapy"));
        var feed = Path.Combine(temp.Path, "feed");
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DOTNET_ROOT"] = dotnetRoot,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["UseSharedCompilation"] = "false",
        };

        var pack = ProcessRunner.Run(Path.Combine(dotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"),
            ["pack", Path.Combine(temp.Path, "src", "CrlmDecision", "CrlmDecision.csproj"), "-c", "Release", "-o", feed, "-p:PackageVersion=1.0.0-draftcheck"],
            temp.Path, environment, TimeSpan.FromMinutes(5));
        output.WriteLine(pack.Output);

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Contains($"draft rule set ../../rules/crlm-local-therapy/{DraftRuleSet.NextDraftVersion}/ is not embedded", pack.Output, StringComparison.Ordinal);
        var resources = ResourceNames(Path.Combine(feed, "CrlmDecision.1.0.0-draftcheck.nupkg"));
        Assert.Contains($"rules/crlm-local-therapy/{DraftRuleSet.NewestReleased}/manifest.yaml", resources);
        Assert.DoesNotContain(resources, r => r.Contains(DraftRuleSet.NextDraftVersion, StringComparison.Ordinal));
    }

    private static string[] ResourceNames(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var dll = new MemoryStream();
        using (var entry = zip.Entries.Single(e => e.FullName.EndsWith("/CrlmDecision.dll", StringComparison.Ordinal)).Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        var metadata = pe.GetMetadataReader();
        return metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToArray();
    }
}
