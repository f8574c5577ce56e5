using CrlmDecision.Facts;

namespace CrlmDecision.Reports;

/// <summary>
/// The citations the report's sentences have used so far, by catalogue position. Every sentence of the report
/// is handed out through it, so the report's citation list holds exactly the sources its sentences cite.
/// </summary>
/// <remarks>
/// The sentences and their catalogue positions are precomputed once per rule set (<see cref="ReportParts"/>),
/// so marking a sentence's citations is a few array writes rather than key lookups for every patient.
/// </remarks>
internal sealed class CitedSet(ReportParts parts)
{
    private readonly bool[] _cited = new bool[parts.CitationOrder.Count];

    /// <summary>The shared sentence of rule <paramref name="rule"/> (by position), its citations marked used.</summary>
    public Statement RuleStatement(int rule)
    {
        CiteRule(rule);
        return parts.Rules[rule].Statement;
    }

    /// <summary>The manifest's sentence for an <paramref name="option"/> no rule supports, its citations marked used.</summary>
    public Statement NoIndication(TreatmentOption option)
    {
        Cite(parts.NoIndicationCitations[(int)option]);
        return parts.NoIndication[(int)option];
    }

    /// <summary>The manifest's sentence for a patient with no local option, its citations marked used; null when it has none.</summary>
    public Statement? NoLocalOption()
    {
        Cite(parts.NoLocalOptionCitations);
        return parts.NoLocalOption;
    }

    /// <summary>Marks the citations of rule <paramref name="rule"/> used, for a sentence built from it per patient.</summary>
    public void CiteRule(int rule) => Cite(parts.RuleCitations[rule]);

    /// <summary>The used citations, resolved, in catalogue order.</summary>
    public ArrayMap<CitationEntry> ToCitations()
    {
        var count = 0;
        foreach (var used in _cited)
        {
            count += used ? 1 : 0;
        }

        var keys = new string[count];
        var entries = new CitationEntry[count];
        for (int i = 0, at = 0; i < _cited.Length; i++)
        {
            if (_cited[i])
            {
                keys[at] = parts.CitationOrder[i];
                entries[at++] = parts.CitationEntries[i];
            }
        }

        return new ArrayMap<CitationEntry>(keys, entries);
    }

    private void Cite(int[] positions)
    {
        foreach (var position in positions)
        {
            _cited[position] = true;
        }
    }
}
