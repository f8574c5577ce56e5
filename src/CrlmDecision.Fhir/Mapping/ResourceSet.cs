using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CrlmDecision.Fhir;

/// <summary>One resource to map, with the label errors name it by and the full URL its entry gave.</summary>
internal sealed record Entry(Resource Resource, string Label, string? FullUrl);

/// <summary>
/// The resources of one patient: nested Bundles flattened, duplicates (the same Type/id from several prefetch
/// Bundles) merged when identical, the patient found, and references resolved by Type/id or full URL.
/// </summary>
internal sealed class ResourceSet
{
    private const int MaxBundleNesting = 4;

    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);

    private ResourceSet(IReadOnlyList<Entry> entries, Entry? patient)
    {
        Entries = entries;
        Patient = patient;
        foreach (var entry in entries)
        {
            if (entry.Resource.Id is { } id)
            {
                _byKey.TryAdd(entry.Resource.TypeName + "/" + id, entry);
            }

            if (entry.FullUrl is { } url)
            {
                _byKey.TryAdd(url, entry);
            }
        }
    }

    /// <summary>Every resource, ordered by label so the mapping does not depend on entry order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>The patient, when exactly one was found.</summary>
    public Entry? Patient { get; }

    /// <summary>The entry a reference points to, by full URL, by Type/id, or by the Type/id tail of an absolute URL.</summary>
    public Entry? Resolve(ResourceReference? reference)
    {
        var text = reference?.Reference;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (_byKey.TryGetValue(text, out var entry))
        {
            return entry;
        }

        var parts = text.Split('/');
        return parts.Length >= 2 && _byKey.TryGetValue(parts[^2] + "/" + parts[^1], out entry) ? entry : null;
    }

    /// <summary>Whether <paramref name="reference"/> points to the patient (a missing reference is not checked here).</summary>
    public bool IsPatient(ResourceReference reference) => Patient is not null && ReferenceEquals(Resolve(reference), Patient);

    public static ResourceSet Collect(IEnumerable<(Resource Resource, string? FullUrl)> resources, string? patientId, List<FhirMappingError> errors)
    {
        var flat = new List<(Resource Resource, string? FullUrl, int Index)>();
        Flatten(resources, flat, errors, 0);

        var entries = new List<Entry>();
        var seen = new Dictionary<string, (Entry Entry, string Json)>(StringComparer.Ordinal);
        foreach (var (resource, fullUrl, index) in flat)
        {
            if (resource is OperationOutcome)
            {
                continue; // a search's own messages, not patient data
            }

            var label = resource.Id is null ? $"{resource.TypeName} at entry[{index}]" : $"{resource.TypeName}/{resource.Id}";
            if (resource.Id is not null)
            {
                var json = resource.ToJson();
                if (seen.TryGetValue(label, out var earlier))
                {
                    if (earlier.Json != json)
                    {
                        errors.Add(new FhirMappingError(label, "", "appears twice with different content; send one version of each resource"));
                    }

                    continue;
                }

                var entry = new Entry(resource, label, fullUrl);
                seen.Add(label, (entry, json));
                entries.Add(entry);
            }
            else
            {
                entries.Add(new Entry(resource, label, fullUrl));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Label, b.Label));
        return new ResourceSet(entries, FindPatient(entries, patientId, errors));
    }

    private static void Flatten(IEnumerable<(Resource Resource, string? FullUrl)> resources, List<(Resource, string?, int)> flat, List<FhirMappingError> errors, int depth)
    {
        if (depth > MaxBundleNesting)
        {
            errors.Add(new FhirMappingError("Bundle", "entry", $"Bundles nested more than {MaxBundleNesting} deep; prefetch Bundles hold resources, not Bundles of Bundles"));
            return;
        }

        foreach (var (resource, fullUrl) in resources)
        {
            if (flat.Count >= FhirJsonLimits.Default.MaxArrayItems)
            {
                errors.Add(new FhirMappingError("Bundle", "entry", $"more than {FhirJsonLimits.Default.MaxArrayItems} resources; at most that many are mapped"));
                return;
            }

            if (resource is Bundle bundle)
            {
                Flatten(bundle.Entry.Where(e => e.Resource is not null).Select(e => (e.Resource!, (string?)e.FullUrl)), flat, errors, depth + 1);
            }
            else if (resource is not null)
            {
                flat.Add((resource, fullUrl, flat.Count));
            }
        }
    }

    private static Entry? FindPatient(List<Entry> entries, string? patientId, List<FhirMappingError> errors)
    {
        var patients = entries.Where(e => e.Resource is Patient && (patientId is null || e.Resource.Id == patientId)).ToList();
        if (patients.Count == 1)
        {
            return patients[0];
        }

        errors.Add(patients.Count == 0
            ? new FhirMappingError(patientId is null ? "Patient" : "Patient/" + patientId, "", "no Patient resource was found; the mapping needs exactly one Patient")
            : new FhirMappingError("Patient", "", $"{patients.Count} Patient resources were found ({string.Join(", ", patients.Select(p => p.Label))}); give the patient id to choose one"));
        return null;
    }
}
