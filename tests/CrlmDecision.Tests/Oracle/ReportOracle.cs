using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CrlmDecision.Cli.Scenarios;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Safety;
using CrlmDecision.Tests.Support;
using CsCheck;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Tests.Oracle;

/// <summary>One report of the oracle: its name, the SHA-256 of its contract JSON, the facts and the compact report JSON.</summary>
internal sealed record OracleEntry(string Name, string Sha256, string FactsJson, string ReportJson);

/// <summary>
/// The reports of the current engine, captured to prove a later engine gives byte-identical reports (README.md).
/// </summary>
internal static class ReportOracle
{
    public const ulong Seed = 20_251_013;
    public const uint Stream = 1;
    public const int Count = 20_000;
    public const int StoredInFull = 200;
    public const string CaptureVariable = "CRLM_ORACLE_CAPTURE";

    private static readonly JsonSerializerOptions FactsOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // The options of ReportJson.Serialize, to re-indent a stored compact report.
    private static readonly JsonSerializerOptions IndentedOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<CrlmDecisionEngine> LazyEngine = new(() => new CrlmDecisionEngine(RuleSet.LoadEmbedded("1.0.0")));

    private static readonly Lazy<bool> Captured = new(Capture);

    public static CrlmDecisionEngine Engine => LazyEngine.Value;

    public static bool Capturing => Environment.GetEnvironmentVariable(CaptureVariable) == "1";

    public static string HashesFile => Repository.Path_("tests", "CrlmDecision.Tests", "Oracle", "oracle.txt");

    public static string FirstReportsFile => Repository.Path_("tests", "CrlmDecision.Tests", "Oracle", "generated-first-200.jsonl.gz");

    public static string NamedReportsFile => Repository.Path_("tests", "CrlmDecision.Tests", "Oracle", "named-reports.jsonl.gz");

    /// <summary>Writes every oracle file from the current engine, once per test run.</summary>
    public static void CaptureOnce() => _ = Captured.Value;

    /// <summary>
    /// The generated patients: a pure function of <see cref="Seed"/> and <see cref="Stream"/> (and of
    /// PatientGenerators and the CsCheck version). Patients the validator rejects are skipped and counted.
    /// </summary>
    public static (PatientFacts[] Patients, int Rejected) Patients()
    {
        var pcg = new PCG(Stream, Seed);
        var patients = new List<PatientFacts>(Count);
        var rejected = 0;
        while (patients.Count < Count)
        {
            var facts = PatientGenerators.Patient.Generate(pcg, null, out _) with { PatientId = $"oracle-{patients.Count:D5}" };
            if (FactsValidator.Validate(facts).Count == 0)
            {
                patients.Add(facts);
            }
            else
            {
                rejected++;
            }
        }

        return ([.. patients], rejected);
    }

    /// <summary>The scenarios of rule set 1.0.0 and the docs examples, named scenario/NAME and example/NAME.</summary>
    public static IReadOnlyList<(string Name, PatientFacts Facts)> NamedPatients()
    {
        var scenarios = ScenarioReader.Files(Repository.Path_("rules", "crlm-local-therapy", "1.0.0", "scenarios"))
            .Select(ScenarioReader.Read)
            .Select(s => ("scenario/" + s.Name, s.Facts));
        var examples = Directory.EnumerateFiles(Repository.Path_("docs", "examples"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => ("example/" + Path.GetFileNameWithoutExtension(f), FactsReader.ReadFile(f)));
        return [.. scenarios, .. examples];
    }

    /// <summary>The contract JSON of the patient's report (ReportJson.Serialize).</summary>
    public static string Report(PatientFacts facts) => ReportJson.Serialize(Engine.Recommend(facts));

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string FactsJson(PatientFacts facts) => JsonSerializer.Serialize(facts, FactsOptions);

    /// <summary>SHA-256 over the facts JSON of all patients, one per line: proves the patient source is unchanged.</summary>
    public static string FactsDigest(IEnumerable<PatientFacts> patients) => Sha256(string.Join('\n', patients.Select(FactsJson)));

    /// <summary>A stored compact report back in the indented contract form.</summary>
    public static string Indent(string compactJson) => JsonNode.Parse(compactJson)!.ToJsonString(IndentedOptions);

    public static string Compact(string indentedJson) => JsonNode.Parse(indentedJson)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The first changed lines (- captured, + now) between two reports.</summary>
    public static string FirstDifferingLines(string expected, string actual, int lines = 30)
    {
        var changed = SnapshotDiff.Describe(expected, actual).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var more = changed.Length > lines ? $"  ... {changed.Length - lines} more changed lines\n" : "";
        return changed.Length == 0 ? "  (no line differs)\n" : string.Join('\n', changed.Take(lines)) + "\n" + more;
    }

    public static (IReadOnlyDictionary<string, string> Header, IReadOnlyList<string> Hashes) ReadHashes()
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var hashes = new List<string>();
        foreach (var line in File.ReadLines(HashesFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (line.Split(": ", 2) is [var key, var value])
            {
                header[key] = value;
            }
            else
            {
                hashes.Add(line);
            }
        }

        return (header, hashes);
    }

    public static IReadOnlyList<OracleEntry> ReadEntries(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var entries = new List<OracleEntry>();
        while (reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            entries.Add(new OracleEntry(
                root.GetProperty("name").GetString()!,
                root.GetProperty("sha256").GetString()!,
                root.GetProperty("facts").GetRawText(),
                root.GetProperty("report").GetRawText()));
        }

        return entries;
    }

    private static void WriteEntries(string path, IEnumerable<OracleEntry> entries)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var e in entries)
        {
            writer.WriteLine($$"""{"name":{{JsonSerializer.Serialize(e.Name)}},"sha256":"{{e.Sha256}}","facts":{{e.FactsJson}},"report":{{e.ReportJson}}}""");
        }
    }

    private static OracleEntry Entry(string name, PatientFacts facts)
    {
        var json = Report(facts);
        var compact = Compact(json);
        if (Indent(compact) != json)
        {
            throw new InvalidOperationException($"{name}: the compact report does not indent back to the contract JSON; the oracle could not show differences");
        }

        return new OracleEntry(name, Sha256(json), FactsJson(facts), compact);
    }

    private static bool Capture()
    {
        var (patients, rejected) = Patients();
        var hashes = new string[patients.Length];
        Parallel.For(0, patients.Length, i => hashes[i] = Sha256(Report(patients[i])));

        var text = new StringBuilder()
            .Append("# CrlmDecision report oracle (README.md). Written by CRLM_ORACLE_CAPTURE=1; never recapture to hide a difference.\n")
            .Append("# After the header: SHA-256 (lower-case hex) of the UTF-8 bytes of ReportJson.Serialize(report), one per generated patient, in order.\n")
            .Append("seed: ").Append(Seed).Append('\n')
            .Append("stream: ").Append(Stream).Append('\n')
            .Append("patients: ").Append(patients.Length).Append('\n')
            .Append("rejected: ").Append(rejected).Append('\n')
            .Append("facts-sha256: ").Append(FactsDigest(patients)).Append('\n');
        foreach (var hash in hashes)
        {
            text.Append(hash).Append('\n');
        }

        File.WriteAllText(HashesFile, text.ToString());
        WriteEntries(FirstReportsFile, patients.Take(StoredInFull).Select((f, i) => Entry($"generated/{i}", f)));
        WriteEntries(NamedReportsFile, NamedPatients().Select(p => Entry(p.Name, p.Facts)));
        return true;
    }
}
