using System.Globalization;
using System.Text;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Cli.Batch;

/// <summary>Counts over a cohort run: top options, their strengths, errors, and concordance with the MDT.</summary>
internal sealed class BatchSummary
{
    private readonly Dictionary<TreatmentOption, long> _top = [];
    private readonly Dictionary<Strength, long> _strength = [];
    private readonly Dictionary<TreatmentOption, (long Cases, long Agreed)> _byDecision = [];

    public long Evaluated { get; private set; }

    public long Errors { get; private set; }

    public long WithDecision { get; private set; }

    public long Concordant { get; private set; }

    /// <summary>Decisions marked as generated (<c>"mdtDecisionSource": "synthetic"</c>), not made by an MDT.</summary>
    public long SyntheticDecisions { get; private set; }

    public IReadOnlyDictionary<TreatmentOption, long> TopOptions => _top;

    public IReadOnlyDictionary<Strength, long> TopStrengths => _strength;

    /// <summary>Per MDT decision: cases that carried it and cases whose top option agreed.</summary>
    public IReadOnlyDictionary<TreatmentOption, (long Cases, long Agreed)> ByDecision => _byDecision;

    public void Add(BatchResult result)
    {
        if (result.IsError)
        {
            Errors++;
            return;
        }

        Evaluated++;
        _top[result.Top!.Value] = _top.GetValueOrDefault(result.Top.Value) + 1;
        _strength[result.TopStrength!.Value] = _strength.GetValueOrDefault(result.TopStrength.Value) + 1;
        if (result.MdtDecision is { } decision)
        {
            var agreed = decision == result.Top.Value;
            WithDecision++;
            SyntheticDecisions += result.SyntheticDecision ? 1 : 0;
            Concordant += agreed ? 1 : 0;
            var (cases, agreedBefore) = _byDecision.GetValueOrDefault(decision);
            _byDecision[decision] = (cases + 1, agreedBefore + (agreed ? 1 : 0));
        }
    }

    public string Write()
    {
        var text = new StringBuilder();
        void Line(string s) => text.Append(s).Append('\n');
        Line(Invariant($"evaluated: {Evaluated}, invalid (skipped): {Errors}"));
        Line("top option:");
        foreach (var option in Enum.GetValues<TreatmentOption>().Where(_top.ContainsKey))
        {
            Line(Invariant($"  {ContractWords.Of(option),-10} {_top[option],9} {Percent(_top[option], Evaluated)}"));
        }

        Line("strength of the top option:");
        foreach (var strength in Enum.GetValues<Strength>().Where(_strength.ContainsKey))
        {
            Line(Invariant($"  {ContractWords.Of(strength),-12} {_strength[strength],7} {Percent(_strength[strength], Evaluated)}"));
        }

        if (WithDecision > 0)
        {
            // A generated decision is a rule of thumb: its concordance shows the pipeline runs, not clinical agreement.
            var allSynthetic = SyntheticDecisions == WithDecision;
            Line(allSynthetic
                ? Invariant($"concordance with the SYNTHETIC mdtDecision (made up by crlm batch --generate, not an MDT; shows the pipeline runs, not clinical agreement): {Concordant}/{WithDecision} {Percent(Concordant, WithDecision)}")
                : Invariant($"concordance with the MDT decision (top option == mdtDecision): {Concordant}/{WithDecision} {Percent(Concordant, WithDecision)}"));
            if (SyntheticDecisions > 0 && !allSynthetic)
            {
                Line(Invariant($"  {SyntheticDecisions} of these {WithDecision} decisions are SYNTHETIC (made up by crlm batch --generate, not an MDT)"));
            }

            foreach (var option in Enum.GetValues<TreatmentOption>().Where(_byDecision.ContainsKey))
            {
                var (cases, agreed) = _byDecision[option];
                Line(Invariant($"  {(allSynthetic ? "generated" : "MDT chose")} {ContractWords.Of(option),-10} {agreed,7}/{cases,-7} {Percent(agreed, cases)}"));
            }
        }

        return text.ToString();
    }

    private static string Percent(long part, long whole) =>
        whole == 0 ? "" : Invariant($"({100.0 * part / whole:0.0}%)");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
