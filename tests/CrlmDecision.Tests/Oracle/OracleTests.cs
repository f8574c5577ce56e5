using System.Globalization;
using System.Text;

namespace CrlmDecision.Tests.Oracle;

/// <summary>
/// The engine's reports are byte-identical to those captured in this folder (README.md): generated patients,
/// rule-set scenarios and docs examples. CRLM_ORACLE_CAPTURE=1 rewrites the oracle instead.
/// </summary>
public sealed class OracleTests
{
    // Differences shown in full; all are counted.
    private const int Detailed = 3;

    [Fact]
    public void Patients_GeneratedFromSeed_MatchOracle()
    {
        CaptureIfAsked();
        var (header, _) = ReportOracle.ReadHashes();
        var (patients, rejected) = ReportOracle.Patients();
        var stored = ReportOracle.ReadEntries(ReportOracle.FirstReportsFile);

        Assert.Equal(header["seed"], Invariant(ReportOracle.Seed));
        Assert.Equal(header["stream"], Invariant(ReportOracle.Stream));
        Assert.Equal(header["patients"], Invariant(patients.Length));
        Assert.Equal(header["rejected"], Invariant(rejected));
        Assert.True(
            header["facts-sha256"] == ReportOracle.FactsDigest(patients),
            "the generated patients differ from those captured (PatientGenerators, the CsCheck version or the facts types changed), so the report hashes compare different patients; "
            + "first stored patient: " + stored[0].FactsJson + "\nnow: " + ReportOracle.FactsJson(patients[0]));
    }

    [Fact]
    public void Reports_GeneratedPatients_MatchOracle()
    {
        CaptureIfAsked();
        var (_, hashes) = ReportOracle.ReadHashes();
        var stored = ReportOracle.ReadEntries(ReportOracle.FirstReportsFile);
        var (patients, _) = ReportOracle.Patients();
        Assert.Equal(ReportOracle.Count, hashes.Count);
        Assert.Equal(ReportOracle.StoredInFull, stored.Count);
        Assert.Equal(hashes.Take(stored.Count), stored.Select(e => e.Sha256));

        var same = new bool[patients.Length];
        Parallel.For(0, patients.Length, i => same[i] = ReportOracle.Sha256(ReportOracle.Report(patients[i])) == hashes[i]);
        var differing = Enumerable.Range(0, patients.Length).Where(i => !same[i]).ToArray();

        var details = new StringBuilder();
        foreach (var i in differing.Take(Detailed))
        {
            var json = ReportOracle.Report(patients[i]);
            var facts = ReportOracle.FactsJson(patients[i]);
            details.Append('\n').Append(i < stored.Count
                ? Describe($"patient {i}", facts, stored[i], json)
                : $"patient {i}: the report hash differs (full JSON is stored for the first {stored.Count} only)\n  facts: {facts}\n  new report:\n{json}\n");
        }

        Assert.True(
            differing.Length == 0,
            $"{differing.Length} of {patients.Length} generated reports differ from the oracle; first indices: {string.Join(", ", differing.Take(20))}\n{details}");
    }

    [Fact]
    public void Reports_Scenarios_MatchOracle() => AssertNamedReportsMatch("scenario");

    [Fact]
    public void Reports_DocsExamples_MatchOracle() => AssertNamedReportsMatch("example");

    private static void AssertNamedReportsMatch(string kind)
    {
        CaptureIfAsked();
        var prefix = kind + "/";
        var stored = ReportOracle.ReadEntries(ReportOracle.NamedReportsFile).Where(e => e.Name.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(e => e.Name);
        var current = ReportOracle.NamedPatients().Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(p => p.Name, p => p.Facts);
        Assert.NotEmpty(stored);

        var missing = stored.Keys.Where(n => !current.ContainsKey(n)).ToArray();
        var differing = new List<string>();
        var details = new List<string>();
        foreach (var (name, entry) in stored.Where(s => current.ContainsKey(s.Key)))
        {
            var json = ReportOracle.Report(current[name]);
            if (ReportOracle.Sha256(json) != entry.Sha256)
            {
                differing.Add(name);
                details.Add(Describe(name, ReportOracle.FactsJson(current[name]), entry, json));
            }
        }

        Assert.True(missing.Length == 0, $"in the oracle but no longer in the repository: {string.Join(", ", missing)}");
        Assert.True(
            differing.Count == 0,
            $"{differing.Count} of {stored.Count} {kind} reports differ from the oracle: {string.Join(", ", differing.Take(20))}\n\n{string.Join("\n", details.Take(Detailed))}");
    }

    private static string Describe(string name, string facts, OracleEntry stored, string json)
    {
        var changedFacts = facts == stored.FactsJson ? "" : $"  the facts differ from those captured: {stored.FactsJson}\n";
        return $"{name}: the report differs\n  facts: {facts}\n{changedFacts}{ReportOracle.FirstDifferingLines(ReportOracle.Indent(stored.ReportJson), json)}";
    }

    private static void CaptureIfAsked()
    {
        if (ReportOracle.Capturing)
        {
            ReportOracle.CaptureOnce();
            Assert.Fail($"oracle captured, unset {ReportOracle.CaptureVariable}");
        }
    }

    private static string Invariant<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
