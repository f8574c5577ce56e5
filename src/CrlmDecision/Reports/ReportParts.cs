using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Reports;

/// <summary>
/// What every report of one rule set shares, built once at load: the rules' sentences, which rules speak to
/// which option, the citation catalogue with each sentence's positions in it, and the rule set's identity.
/// Immutable; reports hold references to these parts rather than copies.
/// </summary>
internal sealed class ReportParts
{
    public ReportParts(RuleSetDefinition definition, IReadOnlyList<string> derivedNames)
    {
        var manifest = definition.Manifest;
        var citationIndex = definition.Citations.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        Identity = new RuleSetIdentity(manifest.Id, manifest.Version, definition.Sha256);
        Disclaimer = manifest.Disclaimer;
        OptionNames = Enum.GetValues<TreatmentOption>().Select(o => new OptionNames(manifest.Options[o].Title, manifest.Options[o].Name)).ToArray();
        Trials = definition.Trials;
        Rules = definition.Rules.Select(d => new ReportedRule(d)).ToArray();
        CitationOrder = definition.Citations.Select(c => c.Key).ToArray();
        CitationEntries = definition.Citations.Select(c => new CitationEntry(c.Text, c.Doi)).ToArray();
        RulesByOption = Enum.GetValues<TreatmentOption>()
            .Select(o => Enumerable.Range(0, Rules.Length).Where(i => Rules[i].Definition.Target.Options.Contains(o)).ToArray())
            .ToArray();
        NoIndication = Enum.GetValues<TreatmentOption>()
            .Select(o => new Statement
            {
                RuleId = "manifest:" + Words<TreatmentOption>.Of(o),
                Text = manifest.Options[o].NoIndication.En,
                TextZhCn = manifest.Options[o].NoIndication.ZhCn,
                Citations = ReportedRule.ReadOnly(manifest.Options[o].Cite),
            })
            .ToArray();
        RuleCitations = Rules.Select(r => r.Definition.Cite.Select(key => citationIndex[key]).ToArray()).ToArray();
        NoIndicationCitations = NoIndication.Select(n => n.Citations.Select(key => citationIndex[key]).ToArray()).ToArray();
        if (manifest.NoLocalOption is { } noLocalOption)
        {
            NoLocalOption = new Statement
            {
                RuleId = "manifest:noLocalOption",
                Text = noLocalOption.Text.En,
                TextZhCn = noLocalOption.Text.ZhCn,
                Citations = ReportedRule.ReadOnly(noLocalOption.Cite),
            };
            NoLocalOptionCitations = noLocalOption.Cite.Select(key => citationIndex[key]).ToArray();
        }

        DerivedNames = [.. derivedNames];
    }

    /// <summary>Id, version and hash as every report names them.</summary>
    public RuleSetIdentity Identity { get; }

    /// <summary>The disclaimer every report carries.</summary>
    public LocalText Disclaimer { get; }

    /// <summary>Per option (by enum value), its title and short name from the manifest.</summary>
    public OptionNames[] OptionNames { get; }

    /// <summary>Trials rules can match.</summary>
    public IReadOnlyList<TrialDefinition> Trials { get; }

    /// <summary>The rules with their shared sentences, in rule-set order.</summary>
    public ReportedRule[] Rules { get; }

    /// <summary>Citation keys in catalogue order.</summary>
    public IReadOnlyList<string> CitationOrder { get; }

    /// <summary>Resolved citations in catalogue order (parallel to <see cref="CitationOrder"/>).</summary>
    public IReadOnlyList<CitationEntry> CitationEntries { get; }

    /// <summary>For each option (by enum value), the positions of the rules that target it, in rule order.</summary>
    public int[][] RulesByOption { get; }

    /// <summary>Per option (by enum value), the manifest's sentence for an option no rule supports.</summary>
    public Statement[] NoIndication { get; }

    /// <summary>For each rule (by position), the catalogue positions of the citations its sentences carry.</summary>
    public int[][] RuleCitations { get; }

    /// <summary>For each option (by enum value), the catalogue positions of <see cref="NoIndication"/>'s citations.</summary>
    public int[][] NoIndicationCitations { get; }

    /// <summary>The manifest's sentence for a patient no option is recommended or consider for; null when it has none.</summary>
    public Statement? NoLocalOption { get; }

    /// <summary>The catalogue positions of <see cref="NoLocalOption"/>'s citations.</summary>
    public int[] NoLocalOptionCitations { get; } = [];

    /// <summary>Derived-fact names in ordinal order, as reports list them (shared by every report).</summary>
    public string[] DerivedNames { get; }
}
