using CrlmDecision.Facts;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

public static partial class FhirFactsMapper
{
    private static bool IsPrimary(Condition condition) =>
        condition.Meta?.Profile.Contains(FhirCodes.Profiles.PrimaryCancerCondition) == true
        || (condition.Meta?.Profile.Contains(FhirCodes.Profiles.SecondaryCancerCondition) != true
            && condition.Code.HasCode(FhirCodes.Snomed, StandardCodes.ColonCancer, StandardCodes.RectumCancer));

    private static bool IsSecondary(Condition condition) =>
        !IsPrimary(condition)
        && (condition.Meta?.Profile.Contains(FhirCodes.Profiles.SecondaryCancerCondition) == true
            || condition.Code.HasCode(FhirCodes.Snomed, StandardCodes.LiverMetastasis));

    /// <summary>
    /// The primary's location from the PrimaryCancerCondition's body site (or its code, for a rectal cancer); checks
    /// that an extrahepatic SecondaryCancerCondition does not contradict an extrahepatic-disease Observation of none.
    /// </summary>
    private static PrimaryLocation ReadConditions(IReadOnlyList<Entry> entries, FactSink sink)
    {
        var conditions = entries.Where(e => e.Resource is Condition).Select(e => (Entry: e, Condition: (Condition)e.Resource)).ToList();
        foreach (var (entry, condition) in conditions.Where(c => IsPrimary(c.Condition)))
        {
            if (LocationOf(entry, condition, sink) is { } location)
            {
                sink.Add("primaryTumor.location", location);
            }
        }

        var extrahepatic = conditions
            .Where(c => IsSecondary(c.Condition) && c.Condition.BodySite.Count > 0 && !IsLiver(c.Condition) && IsActive(c.Condition))
            .Select(c => c.Entry.Label)
            .ToList();
        if (extrahepatic.Count > 0)
        {
            foreach (var none in sink.All("extrahepaticDisease").Where(f => Equals(f.Value, ExtrahepaticDisease.None)))
            {
                sink.Error(none.Entry, none.Element, $"says no extrahepatic disease, but {string.Join(", ", extrahepatic)} records a secondary cancer outside the liver; correct one of them");
            }
        }

        return sink.Pick("primaryTumor.location") is PrimaryLocation picked ? picked : PrimaryLocation.Unknown;
    }

    private static Finding? LocationOf(Entry entry, Condition condition, FactSink sink)
    {
        var sites = condition.BodySite.SelectMany((site, i) => site.Coding.Where(c => c.System == FhirCodes.Snomed).Select(c => (Index: i, c.Code))).ToList();
        var known = sites
            .Select(s => (s.Index, s.Code, Site: StandardCodes.PrimarySites.Where(p => p.Code == s.Code).Select(p => (PrimaryLocation?)p.Location).FirstOrDefault()))
            .ToList();
        if (known.Any(k => k.Site is not null))
        {
            var first = known.First(k => k.Site is not null);
            if (known.Where(k => k.Site is not null).Any(k => k.Site != first.Site))
            {
                sink.Error(entry, "bodySite", "gives more than one location of the primary; give one of right colon, left colon or rectum");
                return null;
            }

            return new Finding(first.Site!.Value, entry, $"bodySite[{first.Index}]", null);
        }

        if (sites.Count > 0 || condition.BodySite.Count > 0)
        {
            sink.Error(entry, $"bodySite[{known.FirstOrDefault().Index}]",
                $"'{(sites.Count > 0 ? sites[0].Code : FactValue.Describe(condition.BodySite[0]))}' is not a body site the mapping knows; allowed SNOMED CT: "
                + string.Join(", ", StandardCodes.PrimarySites.Select(s => $"{s.Code} ({s.Display})"))
                + " (a transverse colon primary is not mapped: its side is not defined by the site alone)");
            return null;
        }

        return condition.Code.HasCode(FhirCodes.Snomed, StandardCodes.RectumCancer)
            ? new Finding(PrimaryLocation.Rectum, entry, "code", null)
            : null; // a colon cancer with no body site: the side is unknown
    }

    private static bool IsLiver(Condition condition) =>
        condition.BodySite.Any(s => s.HasCode(FhirCodes.Snomed, StandardCodes.Liver))
        || (condition.BodySite.Count == 0 && condition.Code.HasCode(FhirCodes.Snomed, StandardCodes.LiverMetastasis));

    private static bool IsActive(Condition condition) =>
        condition.ClinicalStatus is null || condition.ClinicalStatus.HasCode(FhirCodes.ConditionClinical, "active", "recurrence", "relapse");
}
