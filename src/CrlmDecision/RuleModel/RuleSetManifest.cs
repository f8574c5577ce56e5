using CrlmDecision.Localisation;

namespace CrlmDecision.RuleModel;

/// <summary>The manifest of a rule set: identity, source, status and how each option reads when nothing supports it.</summary>
internal sealed record RuleSetManifest
{
    /// <summary>Rule-set id, e.g. crlm-local-therapy.</summary>
    public required string Id { get; init; }

    /// <summary>Semantic version, e.g. 1.0.0.</summary>
    public required string Version { get; init; }

    /// <summary>Title.</summary>
    public required LocalText Title { get; init; }

    /// <summary>released or draft; a draft is never the default.</summary>
    public required bool IsDraft { get; init; }

    /// <summary>Citation key of the source the rules are derived from.</summary>
    public required string Source { get; init; }

    /// <summary>The disclaimer every report carries.</summary>
    public required LocalText Disclaimer { get; init; }

    /// <summary>Expected SHA-256 of the content (all files but the manifest), when the author pinned it.</summary>
    public string? ContentSha256 { get; init; }

    /// <summary>Per option, the reason given when no rule supports it.</summary>
    public required IReadOnlyDictionary<Facts.TreatmentOption, OptionDefault> Options { get; init; }

    /// <summary>
    /// The sentence a report shows when no option is recommended or consider, with its citations; optional
    /// (manifests before report schemaVersion 2 have none).
    /// </summary>
    public ManifestSentence? NoLocalOption { get; init; }

    /// <summary>Changes per version, newest first.</summary>
    public IReadOnlyList<string> Changelog { get; init; } = [];
}

/// <summary>How an option reads when no rule of the set supports it for a patient.</summary>
/// <param name="Name">Short name of the option, as a summary line names it (the title where the manifest gives none).</param>
/// <param name="Title">Human title of the option.</param>
/// <param name="NoIndication">Reason shown when no rule supports it.</param>
/// <param name="Cite">Citations of that reason.</param>
internal sealed record OptionDefault(LocalText Name, LocalText Title, LocalText NoIndication, IReadOnlyList<string> Cite);

/// <summary>A cited sentence of the manifest.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Cite">Its citations (at least one, each in citations.yaml).</param>
internal sealed record ManifestSentence(LocalText Text, IReadOnlyList<string> Cite);
