using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Cli;

/// <summary>
/// Every <c>crlm</c> command README.md shows works when pasted on a clean clone: each exits 0, run in order
/// from the repository root. What they write (<c>--out</c>, and files under the git-ignored out/) goes to a
/// temporary folder instead, so the test leaves nothing behind in the repository.
/// </summary>
public sealed class ReadmeCommandsTests
{
    private const string Prefix = "dotnet run --project src/CrlmDecision.Cli -- ";

    public static IReadOnlyList<string[]> Commands() =>
        File.ReadAllLines(Repository.Path_("README.md"))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(l => l[Prefix.Length..].Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();

    [Fact]
    public void Readme_EveryCrlmCommand_ExitsZero()
    {
        using var temp = new TempDirectory("crlm-readme");
        var commands = Commands();
        var failures = new List<string>();
        var verified = true;

        foreach (var command in commands)
        {
            if (command is ["scenarios", "approve", ..] && !verified)
            {
                failures.Add("crlm scenarios approve: not run, since scenarios verify failed and it would rewrite the repository's snapshots");
                continue;
            }

            var args = command.Select((a, i) => i > 0 && command[i - 1] == "--out" || a.StartsWith("out/", StringComparison.Ordinal) ? Redirect(temp.Path, a) : a).ToArray();
            var (code, output, error) = Crlm.Run(args);
            verified &= code == 0 || command is not ["scenarios", "verify", ..];
            if (code != 0)
            {
                failures.Add($"crlm {string.Join(' ', command)}: exit {code}\n{error}{output[..Math.Min(output.Length, 2000)]}");
            }
        }

        Assert.True(commands.Count >= 8, $"README.md shows {commands.Count} crlm commands; expected the recommend, batch and rule-author commands");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    // A path the command would write into the repository, moved under the test's temporary folder.
    private static string Redirect(string temp, string path)
    {
        var target = Path.Combine(temp, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }
}
