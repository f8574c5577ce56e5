using System.Globalization;
using System.Text.RegularExpressions;
using CrlmDecision.Facts;
using CrlmDecision.Localisation;
using CrlmDecision.Yaml;

namespace CrlmDecision.RuleModel;

/// <summary>Reads the files of a rule set into definitions, collecting every problem with file, line and rule id.</summary>
internal sealed partial class RuleSetParser
{
    private readonly List<RuleSetError> _errors = [];
    private string _file = "";
    private string? _ruleId;

    public IReadOnlyList<RuleSetError> Errors => _errors;

    public RuleSetManifest? Manifest { get; private set; }

    public List<Citation> Citations { get; } = [];

    public List<DerivedFactDefinition> Derived { get; } = [];

    public List<RuleDefinition> Rules { get; } = [];

    public List<TrialDefinition> Trials { get; } = [];

    public static RuleSetParser Parse(IReadOnlyList<RuleSetFile> files)
    {
        var parser = new RuleSetParser();
        if (!files.Any(f => f.Path == RuleSetFile.Manifest))
        {
            parser._errors.Add(new RuleSetError(RuleSetFile.Manifest, 0, null, "missing", "a rule set folder needs manifest.yaml, citations.yaml and rules/*.yaml"));
        }

        foreach (var file in files)
        {
            parser.ParseFile(file);
        }

        return parser;
    }

    private void Error(string path, int line, string message, string? hint = null) =>
        _errors.Add(new RuleSetError(_file, line, _ruleId, path.Length == 0 ? message : $"{path}: {message}", hint));

    private void Sink(string path, int line, int column, string message) => Error(path, line, message);

    private void ParseFile(RuleSetFile file)
    {
        _file = file.Path;
        _ruleId = null;
        YamlNode? root;
        try
        {
            root = YamlDocumentReader.Read(file.Text, YamlLimits.RuleFile);
        }
        catch (YamlSyntaxException e)
        {
            Error("", e.Line, "not valid YAML: " + e.Message, "check indentation and quoting on that line");
            return;
        }

        if (root is null || MappingReader.Over(root, "", Sink) is not { } r)
        {
            Error("", 1, "the file is empty or not a mapping");
            return;
        }

        switch (file.Path)
        {
            case RuleSetFile.Manifest:
                Manifest = ReadManifest(r);
                break;
            case RuleSetFile.Citations:
                ForEach(r, "citations", ReadCitation);
                break;
            case RuleSetFile.Derived:
                ForEach(r, "derived", ReadDerived);
                break;
            case RuleSetFile.TrialsFile:
                ForEach(r, "trials", ReadTrial);
                break;
            default:
                ForEach(r, "rules", ReadRule);
                break;
        }

        r.Finish();
    }

    private void ForEach(MappingReader r, string key, Action<MappingReader> read)
    {
        if (r.Require(key, $"the file holds a list under '{key}:'") is not { } node)
        {
            return;
        }

        if (node is not YamlSequence list)
        {
            Error(key, node.Line, "expected a list");
            return;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            _ruleId = null;
            if (MappingReader.Over(list.Items[i], string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]"), Sink) is { } item)
            {
                read(item);
                item.Finish();
            }
        }

        _ruleId = null;
    }

    private string Required(MappingReader r, string key, int max = 4000)
    {
        var value = r.Prose(key, max);
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(r.PathOf(key), r.Node.Line, "is required and may not be empty");
            return "";
        }

        return value;
    }

    // A text in English only (a plain string) or in both languages: { en: ..., zh-CN: ... }, each required and not empty.
    private LocalText LocalRequired(MappingReader r, string key, int max = 4000)
    {
        if (r.Peek(key) is not YamlMapping || MappingReader.Over(r.Take(key)!, r.PathOf(key), Sink) is not { } both)
        {
            return new LocalText(Required(r, key, max));
        }

        var text = new LocalText(Required(both, "en", max), Required(both, "zh-CN", max));
        both.Finish();
        return text;
    }

    private RuleSetManifest? ReadManifest(MappingReader r)
    {
        var id = Required(r, "id", 100);
        var version = Required(r, "version", 50);
        if (version.Length > 0 && !SemVer().IsMatch(version))
        {
            Error("version", r.Peek("version")!.Line, $"'{version}' is not a semantic version", "write MAJOR.MINOR.PATCH, e.g. 1.1.0 or 1.1.0-draft");
        }

        var status = r.Text("status", 20) ?? "released";
        if (status is not ("released" or "draft"))
        {
            Error("status", r.Peek("status")!.Line, $"'{status}' is not allowed; expected released or draft");
        }

        var options = new Dictionary<TreatmentOption, OptionDefault>();
        if (r.Require("options", "one entry per option: title, noIndication, cite") is { } node && MappingReader.Over(node, "options", Sink) is { } o)
        {
            foreach (var option in Enum.GetValues<TreatmentOption>())
            {
                var word = Words<TreatmentOption>.Of(option);
                if (o.Require(word, "title, noIndication and cite") is { } entry && MappingReader.Over(entry, "options." + word, Sink) is { } e)
                {
                    var title = LocalRequired(e, "title", 200);
                    var name = e.Peek("name") is null ? title : LocalRequired(e, "name", 60);
                    options[option] = new OptionDefault(name, title, LocalRequired(e, "noIndication"), CiteList(e));
                    e.Finish();
                }
            }

            o.Finish();
        }

        ManifestSentence? noLocalOption = null;
        if (r.Take("noLocalOption") is { } sentence && MappingReader.Over(sentence, "noLocalOption", Sink) is { } n)
        {
            noLocalOption = new ManifestSentence(LocalRequired(n, "text"), CiteList(n));
            n.Finish();
        }

        var manifest = new RuleSetManifest
        {
            Id = id,
            Version = version,
            Title = LocalRequired(r, "title", 300),
            IsDraft = status == "draft",
            Source = Required(r, "source", 100),
            Disclaimer = LocalRequired(r, "disclaimer"),
            ContentSha256 = r.Text("contentSha256", 64),
            Options = options,
            NoLocalOption = noLocalOption,
            Changelog = r.Words("changelog")?.Select(s => s.Value).ToArray() ?? [],
        };
        return manifest;
    }

    private string[] CiteList(MappingReader r)
    {
        var cite = r.Words("cite")?.Select(s => s.Value).ToArray() ?? [];
        if (cite.Length == 0)
        {
            Error(r.PathOf("cite"), r.Node.Line, "at least one citation key is required", "cite the review section's reference, e.g. cite: [ref11]");
        }

        return cite;
    }

    private void ReadCitation(MappingReader r)
    {
        var key = Required(r, "key", 50);
        _ruleId = key;
        var year = r.Integer("year", 1900, 2100);
        Citations.Add(new Citation(key, Required(r, "authors", 1000), Required(r, "title", 1000), Required(r, "journal", 300),
            year, r.Text("volume", 100), r.Text("doi", 200)) { Line = r.Node.Line, Uncited = r.Prose("uncited", 1000) });
    }

    private void ReadDerived(MappingReader r)
    {
        var name = Required(r, "name", 60);
        _ruleId = name;
        if (name.Length > 0 && !Identifier().IsMatch(name))
        {
            Error("name", r.Node.Line, $"'{name}' is not a name", "use a camelCase name of letters and digits, e.g. lesionCount");
        }

        var type = Required(r, "type", 20);
        if (type.Length > 0 && type is not ("integer" or "number" or "boolean" or "word"))
        {
            Error("type", r.Node.Line, $"'{type}' is not a type", "use integer, number, boolean or word");
        }

        Derived.Add(new DerivedFactDefinition
        {
            Name = name,
            Type = type,
            Words = r.Words("words")?.Select(s => s.Value).ToArray() ?? [],
            Expression = Required(r, "expression"),
            Description = Required(r, "description"),
            Cite = r.Words("cite")?.Select(s => s.Value).ToArray() ?? [],
            File = _file,
            Line = r.Node.Line,
        });
    }

    private void ReadTrial(MappingReader r)
    {
        var id = Required(r, "id", 60);
        _ruleId = id;
        var title = LocalRequired(r, "title", 300);
        var summary = LocalRequired(r, "summary");
        Trials.Add(new TrialDefinition(id, title.En, summary.En, r.Text("registry", 100)) { TitleZhCn = title.ZhCn, SummaryZhCn = summary.ZhCn, Line = r.Node.Line });
    }

    private void ReadRule(MappingReader r)
    {
        var id = Required(r, "id", 40);
        _ruleId = id.Length == 0 ? null : id;
        if (id.Length > 0 && !RuleId().IsMatch(id))
        {
            Error("id", r.Node.Line, $"'{id}' is not a rule id", "use capitals, a dash and digits, e.g. ABL-007");
        }

        var evidenceWord = Required(r, "evidence", 40);
        if (!Words<EvidenceLevel>.TryParse(evidenceWord, out var evidence) && evidenceWord.Length > 0)
        {
            Error("evidence", r.Node.Line, $"'{evidenceWord}' is not allowed; expected one of: {string.Join(", ", Words<EvidenceLevel>.All)}");
        }

        var title = LocalRequired(r, "title", 300);
        var section = Required(r, "section", 20);
        var when = Required(r, "when");
        var then = r.Require("then", "then: { option: ..., effect: ... }");
        var because = LocalRequired(r, "because");
        var cite = CiteList(r);
        var priority = r.Integer("priority", -100, 100) ?? 0;
        var suppresses = r.Words("suppresses")?.Select(s => s.Value).ToArray() ?? [];
        if (then is null || MappingReader.Over(then, "then", Sink) is not { } t)
        {
            return;
        }

        var target = ReadTarget(t);
        var effectWord = t.Text("effect", 30) ?? "";
        if (!Words<RuleEffect>.TryParse(effectWord, out var effect))
        {
            Error("then.effect", t.Node.Line, $"'{effectWord}' is not allowed; expected one of: {string.Join(", ", Words<RuleEffect>.All)}");
        }

        var score = t.Number("score", -100, 100) is { } s ? (decimal)s : DefaultScore(effect);
        var details = ReadDetails(t);
        var combine = new List<TreatmentOption>();
        foreach (var word in t.Words("combineWith") ?? [])
        {
            if (Words<TreatmentOption>.TryParse(word.Value, out var option))
            {
                combine.Add(option);
            }
            else
            {
                Error("then.combineWith", word.Line, $"'{word.Value}' is not an option; expected one of: {string.Join(", ", Words<TreatmentOption>.All)}");
            }
        }

        t.Finish();
        Rules.Add(new RuleDefinition
        {
            Id = id,
            Title = title.En,
            TitleZhCn = title.ZhCn,
            Section = section,
            Evidence = evidence,
            When = when,
            Target = target,
            Effect = effect,
            Score = score,
            Details = details,
            CombineWith = combine,
            Priority = priority,
            Suppresses = suppresses,
            Because = because.En,
            BecauseZhCn = because.ZhCn,
            Cite = cite,
            File = _file,
            Line = r.Node.Line,
        });
    }

    private RuleTarget ReadTarget(MappingReader t)
    {
        var trial = t.Text("trial", 60);
        var words = t.Words("option");
        if (trial is not null)
        {
            if (words is not null)
            {
                Error("then", t.Node.Line, "a rule names either an option or a trial, not both");
            }

            return new RuleTarget([], trial);
        }

        if (words is null || words.Count == 0)
        {
            Error("then.option", t.Node.Line, "is required", $"name one or more of: {string.Join(", ", Words<TreatmentOption>.All)}, or 'report' for a note on the whole report, or use 'trial:'");
            return new RuleTarget([], null);
        }

        if (words is [{ Value: "report" }])
        {
            return new RuleTarget([], null);
        }

        var options = new List<TreatmentOption>();
        foreach (var word in words)
        {
            if (Words<TreatmentOption>.TryParse(word.Value, out var option) && !options.Contains(option))
            {
                options.Add(option);
            }
            else
            {
                Error("then.option", word.Line, $"'{word.Value}' is not an option (or is repeated); expected one of: {string.Join(", ", Words<TreatmentOption>.All)}, or report");
            }
        }

        return new RuleTarget(options, null);
    }

    private Dictionary<string, object> ReadDetails(MappingReader t)
    {
        var details = new Dictionary<string, object>(StringComparer.Ordinal);
        if (t.Take("details") is not { } node)
        {
            return details;
        }

        if (node is not YamlMapping map)
        {
            Error("then.details", node.Line, "expected a mapping such as { approach: laparoscopic, marginMm: 10 }");
            return details;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (value is not YamlScalar scalar || scalar.IsNull)
            {
                Error("then.details." + key.Value, value.Line, "expected a word or a number");
            }
            else if (!scalar.IsQuoted && decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                details[key.Value] = number;
            }
            else
            {
                details[key.Value] = scalar.Value;
            }
        }

        return details;
    }

    private static decimal DefaultScore(RuleEffect effect) => effect switch
    {
        RuleEffect.Recommend => 3m,
        RuleEffect.Consider => 1m,
        RuleEffect.AdviseAgainst => -5m,
        RuleEffect.Caution => -1m,
        _ => 0m,
    };

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^[a-z][A-Za-z0-9]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[A-Z]{2,6}-\d{3}$")]
    private static partial Regex RuleId();
}
