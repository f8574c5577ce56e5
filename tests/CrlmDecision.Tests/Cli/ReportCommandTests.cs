using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Cli;

/// <summary><c>crlm report</c>: the page is written where asked, dated by the caller, and bad arguments are refused with a message.</summary>
public sealed class ReportCommandTests
{
    [Theory]
    [InlineData("en", "CRLM local treatment options")]
    [InlineData("zh-CN", "结直肠癌肝转移局部治疗选择")]
    public void Report_Example_WritesTheDatedPageInTheLanguage(string lang, string title)
    {
        using var temp = new TempDirectory("crlm-report");
        var page = Path.Combine(temp.Path, "report.html");

        var (code, output, error) = Crlm.Run("report", Repository.Path_("docs", "examples", "resectable-solitary.yaml"), "--out", page, "--lang", lang, "--date", "2026-12-07");

        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Empty(error);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("2026-12-07", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("07/12/2026")]
    [InlineData("2026-13-01")]
    public void Report_DateNotIso_RefusedNamingTheForm(string date)
    {
        using var temp = new TempDirectory("crlm-report");

        var (code, _, error) = Crlm.Run("report", Repository.Path_("docs", "examples", "resectable-solitary.yaml"), "--out", Path.Combine(temp.Path, "r.html"), "--date", date);

        Assert.NotEqual(0, code);
        Assert.Contains("YYYY-MM-DD", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "r.html")));
    }

    [Fact]
    public void Report_UnknownLanguage_RefusedListingTheLanguages()
    {
        var (code, _, error) = Crlm.Run("report", Repository.Path_("docs", "examples", "resectable-solitary.yaml"), "--out", "r.html", "--lang", "fr");

        Assert.NotEqual(0, code);
        Assert.Contains("zh-CN", error, StringComparison.Ordinal);
    }
}
