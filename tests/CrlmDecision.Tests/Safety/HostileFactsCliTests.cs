using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// `crlm recommend FILE` refuses every hostile document with exit code 2 and a message naming the field,
/// without a stack trace and without writing any part of a report.
/// </summary>
[Collection(CliSerial.Name)]
public sealed class HostileFactsCliTests
{
    [Theory]
    [MemberData(nameof(HostileFacts.Files), MemberType = typeof(HostileFacts))]
    public void Recommend_HostileFile_ExitCode2NamingFieldAndLine(string file, string path, int line)
    {
        var full = Path.Combine(HostileFacts.Folder, file);

        var (code, stdout, stderr) = CliRunner.Run("recommend", full, "--format", "json");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        var expectedLine = HostileFacts.ExpectedLine(file, line);
        var where = expectedLine == HostileFacts.AnyLine ? full + ":" : $"{full}:{expectedLine}:";
        Assert.Contains(where, stderr, StringComparison.Ordinal);
        Assert.Contains(path.Length == 0 ? where : $": {path}: ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileFacts.Generated), MemberType = typeof(HostileFacts))]
    public void Recommend_GeneratedHostileFile_ExitCode2NamingField(string name, string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"crlm-safety-{name}-{Environment.ProcessId}.yaml");
        File.WriteAllText(file, text);
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("recommend", file);

            Assert.Equal(2, code);
            Assert.Empty(stdout);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
            Assert.Contains(HostileFacts.PathPrefixOf(name), stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Recommend_MissingFile_ExitCode1NotInvalidFacts()
    {
        var (code, stdout, stderr) = CliRunner.Run("recommend", Path.Combine(HostileFacts.Folder, "no-such-file.yaml"));

        Assert.Equal(1, code); // 2 means facts that were read and are invalid
        Assert.Empty(stdout);
        Assert.Contains("no-such-file.yaml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_ValidFile_ExitCode0WithReport()
    {
        var (code, stdout, _) = CliRunner.Run("recommend", Repository.Path_("docs", "examples", "resectable-solitary.yaml"), "--format", "json");

        Assert.Equal(0, code);
        Assert.Contains("\"options\"", stdout, StringComparison.Ordinal);
    }
}
