namespace CrlmDecision.Fhir;

/// <summary>Collects the values read per fact path, the errors, and chooses one value per fact.</summary>
internal sealed class FactSink
{
    private readonly Dictionary<string, List<Finding>> _findings = new(StringComparer.Ordinal);

    public List<FhirMappingError> Errors { get; } = [];

    public SortedDictionary<string, (string Resource, string Element)> Origins { get; } = new(StringComparer.Ordinal);

    public void Origin(string path, Entry entry, string element) => Origins[path] = (entry.Label, element);

    public void Error(Entry entry, string element, string message) => Errors.Add(new FhirMappingError(entry.Label, element, message));

    public void Add(string path, Finding finding)
    {
        if (!_findings.TryGetValue(path, out var list))
        {
            _findings[path] = list = [];
        }

        list.Add(finding);
    }

    /// <summary>
    /// The one value of <paramref name="path"/>: the value when every finding agrees, else the latest by effective
    /// date when every finding has one and one is latest; otherwise an error on each finding. Null when none.
    /// </summary>
    public object? Pick(string path)
    {
        if (!_findings.TryGetValue(path, out var findings) || findings.Count == 0)
        {
            return null;
        }

        var ordered = findings.OrderBy(f => f.Origin, StringComparer.Ordinal).ToList();
        var chosen = ordered[0];
        if (ordered.Any(f => !Equals(f.Value, chosen.Value)))
        {
            var latest = ordered.All(f => f.When is not null) ? ordered.Max(f => f.When) : null;
            var newest = ordered.Where(f => latest is not null && f.When == latest).ToList();
            if (newest.Count == 0 || newest.Any(f => !Equals(f.Value, newest[0].Value)))
            {
                foreach (var finding in ordered)
                {
                    Error(finding.Entry, finding.Element, $"{ordered.Count} resources give different values for {path} ({string.Join(", ", ordered.Select(f => f.Origin))}) and none is the latest by effective date; keep one, or date each so the latest can be taken");
                }

                return null;
            }

            chosen = newest[0];
        }

        if (chosen.Value == FactValue.Unknown)
        {
            return null; // given, and valid, but saying the value is not known (e.g. an indeterminate test)
        }

        Origins[path] = (chosen.Entry.Label, chosen.Element);
        return chosen.Value;
    }

    /// <summary>Every finding of <paramref name="path"/>, ordered by origin.</summary>
    public IReadOnlyList<Finding> All(string path) =>
        _findings.TryGetValue(path, out var list) ? list.OrderBy(f => f.Origin, StringComparer.Ordinal).ToList() : [];
}
