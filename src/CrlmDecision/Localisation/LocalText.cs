namespace CrlmDecision.Localisation;

/// <summary>
/// A text of a rule set in English and, where the author gave it, Simplified Chinese (in YAML
/// <c>{ en: ..., zh-CN: ... }</c>; a plain string is English only).
/// </summary>
/// <param name="En">The English text; the contract's text.</param>
/// <param name="ZhCn">The Chinese text; null when the rule set gives none (<c>crlm rules lint</c> warns).</param>
public sealed record LocalText(string En, string? ZhCn = null)
{
    /// <summary>The text in <paramref name="language"/>; English where no Chinese was given.</summary>
    public string In(ReportLanguage language) => language == ReportLanguage.Chinese && ZhCn is not null ? ZhCn : En;
}
