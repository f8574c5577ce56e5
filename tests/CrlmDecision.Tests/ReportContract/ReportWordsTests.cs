using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Tests.ReportContract;

/// <summary>The two languages' word tables say the same things: the same headings, and a name for every fact.</summary>
public sealed class ReportWordsTests
{
    [Fact]
    public void Headings_EnglishAndChinese_SameKeys()
    {
        Assert.Equal(ReportWords.English.HeadingKeys.Order(StringComparer.Ordinal), ReportWords.Chinese.HeadingKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FactNames_EveryFactOfTheCatalogue_NamedInBothLanguages()
    {
        var paths = FactCatalog.All.Select(f => f.Path).Append("liver.lesionCount").Append("liver.lesions[].id").Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(paths, ReportWords.English.FactKeys.Order(StringComparer.Ordinal));
        Assert.Equal(paths, ReportWords.Chinese.FactKeys.Order(StringComparer.Ordinal));
        Assert.Equal("余肝体积(%)", ReportWords.Chinese.Fact("liver.futureLiverRemnantPercent"));
        Assert.Equal("病灶深度", ReportWords.Chinese.Fact("liver.lesions[3].depth"));
    }

    [Fact]
    public void Words_EveryContractWordOfAFact_HasAChineseWord()
    {
        var untranslated = FactCatalog.All.SelectMany(f => f.Words).Distinct().Where(w => ReportWords.Chinese.Word(w) == w && w is not ("mss" or "sbrt" or "sirt" or "haic" or "tace")).ToArray();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void Strengths_EveryStrength_NamedInBothLanguages()
    {
        Assert.Equal(["recommended", "to consider", "not advised", "not assessable"], Enum.GetValues<Strength>().Select(ReportWords.English.Strength));
        Assert.Equal(["推荐", "可考虑", "不建议", "无法评估"], Enum.GetValues<Strength>().Select(ReportWords.Chinese.Strength));
    }
}
