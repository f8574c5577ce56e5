using System.Globalization;
using CrlmDecision.Facts;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

public static partial class FhirFactsMapper
{
    private static readonly (string Code, double Factor)[] SizeUnits = [("mm", 1), ("cm", 10)];

    /// <summary>
    /// One lesion per liver BodyStructure (location SNOMED CT liver), ordered by identifier; its segment from
    /// locationQualifier, its size from TumorSize Observations and its other facts from lesion-assessment
    /// Observations, each pointing at it with focus.
    /// </summary>
    private static List<LesionFacts> ReadLesions(ResourceSet set, IReadOnlyList<Entry> entries, FactSink sink)
    {
        var lesions = entries
            .Where(e => e.Resource is BodyStructure body && body.Location.HasCode(FhirCodes.Snomed, StandardCodes.Liver))
            .Select(e => (Entry: e, Key: KeyOf(e)))
            .OrderBy(l => l.Key.Value, LabelComparer.Instance)
            .ThenBy(l => l.Entry.Label, StringComparer.Ordinal)
            .ToList();
        var indexOf = lesions.Select((l, i) => (l.Entry, i)).ToDictionary(x => x.Entry, x => x.i);

        foreach (var (entry, key) in lesions)
        {
            var prefix = Prefix(indexOf[entry]);
            sink.Origin(prefix + "id", entry, key.Element);
            if (SegmentOf(entry, (BodyStructure)entry.Resource, sink) is { } segment)
            {
                sink.Add(prefix + "segment", segment);
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Resource is not Observation observation)
            {
                continue;
            }

            var isSize = observation.Code.HasCode(FhirCodes.Loinc, StandardCodes.TumorSize, StandardCodes.TumorMaxDimension);
            var isAssessment = observation.Code.HasCode(FhirCodes.CrlmFacts, CrlmCodes.LesionAssessment);
            if (!isSize && !isAssessment)
            {
                continue;
            }

            var target = observation.Focus.Count == 1 ? set.Resolve(observation.Focus[0]) : null;
            if (target is null || !indexOf.TryGetValue(target, out var index))
            {
                var elsewhere = target?.Resource switch
                {
                    BodyStructure body => body.Active == false || (isSize && !body.Location.HasCode(FhirCodes.Snomed, StandardCodes.Liver)),
                    Condition condition => isSize && IsPrimary(condition),
                    _ => false,
                };
                if (!elsewhere && (isAssessment || observation.Focus.Count > 0))
                {
                    sink.Error(entry, "focus", "must reference exactly one liver lesion: a BodyStructure in this Bundle whose location is SNOMED CT 10200004 (liver)");
                }

                continue; // a lesion removed before (inactive), or the size of another tumour (e.g. the primary)
            }

            var when = Finding.WhenOf(observation.Effective);
            if (isSize)
            {
                ReadSize(entry, observation, Prefix(index), when, sink);
            }
            else
            {
                ReadAssessment(entry, observation, Prefix(index), when, sink);
            }
        }

        return lesions.Select((l, i) => Lesion(l.Key.Value, Prefix(i), sink)).ToList();
    }

    private static string Prefix(int index) => string.Create(CultureInfo.InvariantCulture, $"liver.lesions[{index}].");

    private static (string Value, string Element) KeyOf(Entry entry)
    {
        var body = (BodyStructure)entry.Resource;
        var index = body.Identifier.FindIndex(i => !string.IsNullOrEmpty(i.Value));
        return index >= 0
            ? (body.Identifier[index].Value!, string.Create(CultureInfo.InvariantCulture, $"identifier[{index}].value"))
            : (body.Id ?? entry.Label, "id");
    }

    /// <summary>
    /// The Couinaud segment from the SNOMED CT codes of locationQualifier; other qualifiers (e.g. a lobe or laterality)
    /// are not segments and are passed over, so a lesion with none has an unknown segment.
    /// </summary>
    private static Finding? SegmentOf(Entry entry, BodyStructure body, FactSink sink)
    {
        Finding? found = null;
        for (var i = 0; i < body.LocationQualifier.Count; i++)
        {
            foreach (var code in body.LocationQualifier[i].CodesOf(FhirCodes.Snomed))
            {
                var segment = StandardCodes.CouinaudSegments.ToList().IndexOf(code) + 1;
                var element = string.Create(CultureInfo.InvariantCulture, $"locationQualifier[{i}]");
                if (segment == 0)
                {
                    continue;
                }

                if (found is not null && !Equals(found.Value, segment))
                {
                    sink.Error(entry, element, string.Create(CultureInfo.InvariantCulture,
                        $"gives a second Couinaud segment ({segment}, after {found.Value}); the facts hold one segment per lesion: give the segment of the lesion's centre"));
                    return null;
                }

                found ??= new Finding(segment, entry, element, null);
            }
        }

        return found;
    }

    private static void ReadSize(Entry entry, Observation observation, string prefix, DateTimeOffset? when, FactSink sink)
    {
        var component = observation.Component.FindIndex(c => c.Code.HasCode(FhirCodes.Loinc, StandardCodes.TumorMaxDimension));
        var (value, element) = component >= 0
            ? (observation.Component[component].Value, string.Create(CultureInfo.InvariantCulture, $"component[{component}].valueQuantity"))
            : (observation.Value, "valueQuantity");
        var size = FactValue.ReadQuantity(value, "mm", SizeUnits, out var error);
        if (error is not null)
        {
            sink.Error(entry, element, $"{prefix}diameterMm: {error} (the maximum dimension, component LOINC {StandardCodes.TumorMaxDimension}, or valueQuantity)");
            return;
        }

        sink.Add(prefix + "diameterMm", new Finding(size!.Value, entry, element, when));
    }

    private static void ReadAssessment(Entry entry, Observation observation, string prefix, DateTimeOffset? when, FactSink sink)
    {
        for (var i = 0; i < observation.Component.Count; i++)
        {
            var component = observation.Component[i];
            var element = string.Create(CultureInfo.InvariantCulture, $"component[{i}]");
            var fact = LesionFact.All.FirstOrDefault(f => component.Code.HasCode(FhirCodes.CrlmFacts, f.Code));
            if (fact is null)
            {
                sink.Error(entry, element + ".code", $"{FactValue.Describe(component.Code)} is not a lesion fact; allowed codes of {FhirCodes.CrlmFacts}: {string.Join(", ", LesionFact.All.Select(f => f.Code))}");
                continue;
            }

            var value = fact.Value.Read(component.Value, out var error);
            if (error is not null)
            {
                sink.Error(entry, element + "." + fact.Value.Element, $"{prefix}{fact.Name}: {error}");
                continue;
            }

            sink.Add(prefix + fact.Name, new Finding(value!, entry, element + "." + fact.Value.Element, when));
        }
    }

    private static LesionFacts Lesion(string id, string prefix, FactSink sink) => new()
    {
        Id = id,
        DiameterMm = sink.Pick(prefix + "diameterMm") as double?,
        Segment = sink.Pick(prefix + "segment") as int?,
        Depth = sink.Pick(prefix + "depth") is LesionDepth depth ? depth : LesionDepth.Unknown,
        NearMajorVessel = sink.Pick(prefix + "nearMajorVessel") as bool?,
        AbutsGlissoneanPedicle = sink.Pick(prefix + "abutsGlissoneanPedicle") as bool?,
        AdjacentToCriticalStructure = sink.Pick(prefix + "adjacentToCriticalStructure") as bool?,
        AdjacentToBileDuct = sink.Pick(prefix + "adjacentToBileDuct") as bool?,
        AdjacentToBowel = sink.Pick(prefix + "adjacentToBowel") as bool?,
        VisibleOnImaging = sink.Pick(prefix + "visibleOnImaging") as bool?,
    };
}
