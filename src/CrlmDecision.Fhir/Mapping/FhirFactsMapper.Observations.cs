using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

public static partial class FhirFactsMapper
{
    /// <summary>The crlm-facts codes read elsewhere (lesions, procedures), so not unknown codes here.</summary>
    private static readonly string[] OtherCrlmCodes = [CrlmCodes.LesionAssessment, CrlmCodes.LiverRadiation];

    /// <summary>The facts that one Observation carries (<see cref="SimpleFact.All"/>).</summary>
    private static void ReadObservations(IEnumerable<Entry> entries, FactSink sink)
    {
        foreach (var entry in entries)
        {
            if (entry.Resource is not Observation observation)
            {
                continue;
            }

            var facts = SimpleFact.All.Where(f => observation.Code.HasCode(f.System, f.Code)).ToList();
            if (facts.Count == 0)
            {
                var unknown = observation.Code.CodesOf(FhirCodes.CrlmFacts).Where(c => !OtherCrlmCodes.Contains(c, StringComparer.Ordinal)).ToList();
                if (unknown.Count > 0)
                {
                    sink.Error(entry, "code", $"'{unknown[0]}' is not a code of {FhirCodes.CrlmFacts}; allowed: {string.Join(", ", SimpleFact.All.Where(f => f.System == FhirCodes.CrlmFacts).Select(f => f.Code).Concat(OtherCrlmCodes))}");
                }

                continue;
            }

            if (facts.Count > 1)
            {
                sink.Error(entry, "code", $"carries codes of {facts.Count} facts ({string.Join(", ", facts.Select(f => f.Path))}); use one Observation per fact");
                continue;
            }

            var fact = facts[0];
            var value = fact.Value.Read(observation.Value, out var error);
            if (error is not null)
            {
                sink.Error(entry, fact.Value.Element, $"{fact.Path}: {error}");
                continue;
            }

            sink.Add(fact.Path, new Finding(value!, entry, fact.Value.Element, Finding.WhenOf(observation.Effective)));
        }
    }
}
