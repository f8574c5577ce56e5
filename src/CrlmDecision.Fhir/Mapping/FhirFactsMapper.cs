using CrlmDecision.Facts;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

/// <summary>
/// Maps FHIR R4 resources profiled by mCODE (and genomics-reporting) to <see cref="PatientFacts"/>, the table in
/// docs/fhir-mapping.md. A fact no resource gives is unknown, never a default (the one framing default: phase is
/// pre-treatment when no phase Observation is given). A resource that is present but malformed is an error naming
/// the resource and the element; every error is collected before <see cref="FhirMappingException"/> is thrown.
/// </summary>
/// <remarks>
/// Thread-safe and stateless. Deterministic: resources are taken in the order of their Type/id, lesions in the
/// order of their identifier, so the same resources in any entry order give the same facts. Where several
/// resources give different values for one fact, the latest by effective date is taken when every one is dated
/// and one is latest; otherwise that is an error. The facts are not validated here (the engine validates them);
/// <see cref="FhirFacts.ErrorFor"/> names the resource behind a validation error.
/// </remarks>
public static partial class FhirFactsMapper
{
    /// <summary>Maps the resources of <paramref name="bundle"/> (nested Bundles included).</summary>
    /// <exception cref="FhirMappingException">Every problem found: no or several patients, malformed resources, contradictions.</exception>
    public static FhirFacts Map(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return Map(bundle.Entry.Where(e => e.Resource is not null).Select(e => (e.Resource!, (string?)e.FullUrl)), null);
    }

    /// <summary>
    /// Maps resources collected from several places (e.g. the Bundles of a CDS Hooks prefetch, passed as Bundles or
    /// as their resources). <paramref name="patientId"/> chooses the Patient when more than one is present.
    /// </summary>
    /// <exception cref="FhirMappingException">Every problem found: no or several patients, malformed resources, contradictions.</exception>
    public static FhirFacts Map(IEnumerable<Resource> resources, string? patientId = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return Map(resources.Select(r => (r, (string?)null)), patientId);
    }

    private static FhirFacts Map(IEnumerable<(Resource, string?)> resources, string? patientId)
    {
        var sink = new FactSink();
        var set = ResourceSet.Collect(resources, patientId, sink.Errors);
        var current = set.Entries.Where(e => IsCurrent(e.Resource) && BelongsToPatient(set, e, sink)).ToList();

        ReadObservations(current, sink);
        var location = ReadConditions(current, sink);
        var lesions = ReadLesions(set, current, sink);
        var molecular = ReadMolecular(current, sink);
        ReadProcedures(current, sink);
        var highestLine = ReadMedicationLines(current, sink);

        var facts = Assemble(set, sink, location, lesions, molecular, highestLine);
        if (sink.Errors.Count > 0)
        {
            throw new FhirMappingException(sink.Errors
                .Distinct()
                .OrderBy(e => e.Resource, StringComparer.Ordinal)
                .ThenBy(e => e.Element, StringComparer.Ordinal)
                .ThenBy(e => e.Message, StringComparer.Ordinal)
                .ToList());
        }

        return new FhirFacts(facts, sink.Origins.ToDictionary(o => o.Key, o => o.Value.Resource + "." + o.Value.Element, StringComparer.Ordinal))
        {
            OriginParts = sink.Origins.ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal),
        };
    }

    private static PatientFacts Assemble(ResourceSet set, FactSink sink, PrimaryLocation location, IReadOnlyList<LesionFacts> lesions, MolecularFacts molecular, Finding? highestLine)
    {
        if (set.Patient is { } patient)
        {
            sink.Origin("patientId", patient, "id");
        }

        T Word<T>(string path)
            where T : struct, Enum => sink.Pick(path) is T value ? value : default;
        YesNo Flag(string path) => sink.Pick(path) switch
        {
            true => YesNo.Yes,
            false => YesNo.No,
            _ => YesNo.Unknown,
        };
        int? Whole(string path) => sink.Pick(path) as int?;
        double? Number(string path) => sink.Pick(path) as double?;
        bool? Bool(string path) => sink.Pick(path) as bool?;

        return new PatientFacts
        {
            PatientId = set.Patient?.Resource.Id,
            Phase = sink.Pick("phase") is Phase phase ? phase : Phase.PreTreatment,
            Ecog = Whole("ecog"),
            FitForMajorSurgery = Flag("fitForMajorSurgery"),
            PrimaryTumor = new PrimaryTumorFacts
            {
                Location = location,
                Resected = Bool("primaryTumor.resected"),
                NodePositive = Flag("primaryTumor.nodePositive"),
                Timing = Word<MetastasisTiming>("primaryTumor.timing"),
            },
            Molecular = molecular with { Msi = Word<MsiStatus>("molecular.msi") },
            Liver = new LiverFacts
            {
                Lesions = lesions,
                LesionCount = Whole("liver.lesionCount"),
                FutureLiverRemnantPercent = Number("liver.futureLiverRemnantPercent"),
                Parenchyma = Word<Parenchyma>("liver.parenchyma"),
                R0ResectionFeasible = Flag("liver.r0ResectionFeasible"),
            },
            ExtrahepaticDisease = Word<ExtrahepaticDisease>("extrahepaticDisease"),
            CeaNgPerMl = Number("ceaNgPerMl"),
            DiseaseFreeIntervalMonths = Number("diseaseFreeIntervalMonths"),
            Recurrence = new RecurrenceFacts
            {
                AfterLocalLiverTherapy = Bool("recurrence.afterLocalLiverTherapy"),
                PriorLiverRadiation = Bool("recurrence.priorLiverRadiation"),
            },
            SystemicTherapy = new SystemicTherapyFacts
            {
                LinesReceived = Lines(sink, highestLine),
                Response = Word<TherapyResponse>("systemicTherapy.response"),
                Refractory = Bool("systemicTherapy.refractory"),
            },
            PostoperativeCtDna = sink.Pick("postoperativeCtDna") is CtDnaStatus ctDna ? ctDna : CtDnaStatus.NotTested,
        };
    }

    /// <summary>Resources marked entered-in-error, cancelled, refuted or not yet resulted say nothing about the patient.</summary>
    private static bool IsCurrent(Resource resource) => resource switch
    {
        Observation o => o.Status is not (ObservationStatus.EnteredInError or ObservationStatus.Cancelled or ObservationStatus.Registered),
        Condition c => !c.VerificationStatus.HasCode(Hl7Codes.ConditionVerification, "entered-in-error", "refuted"),
        Procedure p => p.Status is not (EventStatus.EnteredInError),
        BodyStructure b => b.Active != false,
        _ => true,
    };

    private static bool BelongsToPatient(ResourceSet set, Entry entry, FactSink sink)
    {
        var (subject, element) = entry.Resource switch
        {
            Observation o => (o.Subject, "subject"),
            Condition c => (c.Subject, "subject"),
            Procedure p => (p.Subject, "subject"),
            BodyStructure b => (b.Patient, "patient"),
            MedicationStatement m => (m.Subject, "subject"),
            MedicationAdministration m => (m.Subject, "subject"),
            _ => (null, ""),
        };
        if (element.Length > 0 && subject is null)
        {
            // A finding that names no patient could be anyone's: it is refused, never taken as this patient's.
            sink.Error(entry, element, $"is missing; every {entry.Resource.TypeName} must name the patient it belongs to");
            return false;
        }

        if (subject is null || set.Patient is null || set.IsPatient(subject))
        {
            return true;
        }

        sink.Error(entry, element, $"refers to '{subject.Reference}', not to the patient {set.Patient.Label}; resources of other patients are not mapped");
        return false;
    }
}
