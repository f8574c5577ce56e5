using CrlmDecision.Facts;
using CrlmDecision.Yaml;

namespace CrlmDecision.Scenarios;

/// <summary>
/// Reads scenario files strictly: description, facts (the facts contract) and expect; errors name the field
/// and line. The facts are read as a <see cref="FactsDocument"/>: their ranges and consistency are checked,
/// with their lines, when the scenario is evaluated with <see cref="ICrlmDecisionEngine.Recommend(FactsDocument)"/>.
/// </summary>
public static class ScenarioReader
{
    /// <summary>Scenario files of <paramref name="directory"/> (*.yaml), in name order.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Reads the scenario at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidFactsException">The file, or the shape of its facts, is invalid (path and line in the message).</exception>
    public static Scenario Read(string path)
    {
        var errors = new List<FactsError>();
        void Sink(string field, int line, int column, string message) => errors.Add(new FactsError(field, line, column, message));

        YamlNode? root;
        try
        {
            root = YamlDocumentReader.Read(File.ReadAllText(path), YamlLimits.Facts);
        }
        catch (YamlSyntaxException e)
        {
            throw new InvalidFactsException(path, [new FactsError("", e.Line, e.Column, "not valid YAML: " + e.Message)]);
        }

        if (root is null || MappingReader.Over(root, "", Sink) is not { } r)
        {
            throw new InvalidFactsException(path, errors.Count > 0 ? errors : [new FactsError("", 1, 1, "empty scenario; expected description, facts and expect")]);
        }

        var description = r.Prose("description", 2000) ?? "";
        var factsNode = r.Require("facts", "the patient facts (schemaVersion: 1, ...)");
        var expect = r.Take("expect") is { } expectNode && MappingReader.Over(expectNode, "expect", Sink) is { } x ? Expectations(x, Sink) : new ScenarioExpectations();
        r.Finish();
        if (errors.Count > 0 || factsNode is null)
        {
            throw new InvalidFactsException(path, errors);
        }

        return new Scenario(Path.GetFileNameWithoutExtension(path), path, description, FactsReader.DocumentOf(factsNode, path), expect);
    }

    private static ScenarioExpectations Expectations(MappingReader x, YamlErrorSink sink)
    {
        var expectations = new ScenarioExpectations
        {
            Top = x.Text("top", 40),
            Strengths = Map(x, "strengths", sink),
            NotAdvised = List(x, "notAdvised"),
            Fired = List(x, "fired"),
            NotFired = List(x, "notFired"),
            Trials = List(x, "trials"),
            MissingFacts = List(x, "missingFacts"),
            Details = Details(x, sink),
        };
        x.Finish();
        return expectations;
    }

    private static string[] List(MappingReader x, string key) => x.Words(key)?.Select(s => s.Value).ToArray() ?? [];

    private static Dictionary<string, string> Map(MappingReader x, string key, YamlErrorSink sink)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (x.Take(key) is { } node && MappingReader.Over(node, x.PathOf(key), sink) is { } m)
        {
            foreach (var (k, v) in m.Node.Entries)
            {
                map[k.Value] = (v as YamlScalar)?.Value ?? "";
                m.Take(k.Value);
            }
        }

        return map;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Details(MappingReader x, YamlErrorSink sink)
    {
        var details = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (x.Take("details") is { } node && MappingReader.Over(node, "expect.details", sink) is { } m)
        {
            foreach (var (option, _) in m.Node.Entries)
            {
                details[option.Value] = Map(m, option.Value, sink);
            }
        }

        return details;
    }
}
