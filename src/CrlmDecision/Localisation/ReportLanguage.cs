using System.Text.Json.Serialization;

namespace CrlmDecision.Localisation;

/// <summary>The languages a report is written in: English (the contract's language) and Simplified Chinese.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportLanguage>))]
public enum ReportLanguage
{
    /// <summary>English, <c>en</c>: the language of the contract's texts.</summary>
    [JsonStringEnumMemberName("en")] English,

    /// <summary>Simplified Chinese, <c>zh-CN</c>: the review's language; rule texts quote its sentences.</summary>
    [JsonStringEnumMemberName("zh-CN")] Chinese,
}

/// <summary>The language tags (<c>en</c>, <c>zh-CN</c>) of <see cref="ReportLanguage"/>, both ways.</summary>
public static class ReportLanguages
{
    /// <summary>Every tag, in declaration order: <c>en</c>, <c>zh-CN</c>.</summary>
    public static IReadOnlyList<string> Tags => Facts.Words<ReportLanguage>.All;

    /// <summary>The tag of <paramref name="language"/>.</summary>
    public static string Tag(ReportLanguage language) => Facts.Words<ReportLanguage>.Of(language);

    /// <summary>The language of <paramref name="tag"/> (exactly <c>en</c> or <c>zh-CN</c>).</summary>
    public static bool TryParse(string tag, out ReportLanguage language) => Facts.Words<ReportLanguage>.TryParse(tag, out language);
}
