using System.Globalization;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

public static partial class FhirFactsMapper
{
    /// <summary>A completed liver-radiation Procedure (SBRT or SIRT) makes recurrence.priorLiverRadiation true.</summary>
    /// <remarks>
    /// Its date is not compared with an Observation saying "no prior liver radiation": a later denial does not undo a
    /// treatment, so the two disagreeing is an error. Hepatectomy and ablation Procedures are not read: whether the
    /// present lesions recur after them (recurrence.afterLocalLiverTherapy) is the MDT's statement, e.g. between the
    /// stages of a two-stage hepatectomy they do not.
    /// </remarks>
    private static void ReadProcedures(IReadOnlyList<Entry> entries, FactSink sink)
    {
        foreach (var entry in entries)
        {
            if (entry.Resource is Procedure procedure && procedure.Code.HasCode(FhirCodes.CrlmFacts, CrlmCodes.LiverRadiation) && procedure.Status == EventStatus.Completed)
            {
                sink.Add("recurrence.priorLiverRadiation", new Finding(true, entry, "status", null));
            }
        }
    }

    /// <summary>The highest line of therapy given by a MedicationStatement or MedicationAdministration (line-of-therapy extension).</summary>
    private static Finding? ReadMedicationLines(IReadOnlyList<Entry> entries, FactSink sink)
    {
        Finding? highest = null;
        foreach (var entry in entries)
        {
            var (extensions, taken) = entry.Resource switch
            {
                MedicationStatement s => (s.Extension, s.Status is MedicationStatement.MedicationStatusCodes.Active or MedicationStatement.MedicationStatusCodes.Completed or MedicationStatement.MedicationStatusCodes.Stopped),
                MedicationAdministration a => (a.Extension, a.Status is MedicationAdministration.MedicationAdministrationStatusCodes.Completed or MedicationAdministration.MedicationAdministrationStatusCodes.InProgress or MedicationAdministration.MedicationAdministrationStatusCodes.Stopped),
                _ => (null, false),
            };
            var index = extensions?.FindIndex(e => e.Url == FhirCodes.LineOfTherapyExtension) ?? -1;
            if (index < 0 || !taken)
            {
                continue;
            }

            var element = string.Create(CultureInfo.InvariantCulture, $"extension[{index}].value");
            var line = extensions![index].Value switch
            {
                PositiveInt { Value: int n } => n,
                Integer { Value: int n } => n,
                _ => (int?)null,
            };
            if (line is not (>= 1 and <= 10))
            {
                sink.Error(entry, element, "the line of therapy must be a positiveInt from 1 to 10");
                continue;
            }

            if (highest is null || line > (int)highest.Value || (line == (int)highest.Value && string.CompareOrdinal(entry.Label, highest.Entry.Label) < 0))
            {
                highest = new Finding(line.Value, entry, element, null);
            }
        }

        return highest;
    }

    /// <summary>Lines received: the Observation's count, else the highest line a medication record gives; the count may not be below that line.</summary>
    private static int? Lines(FactSink sink, Finding? highestLine)
    {
        var stated = sink.Pick("systemicTherapy.linesReceived") as int?;
        if (highestLine is null)
        {
            return stated;
        }

        if (stated is null)
        {
            sink.Origin("systemicTherapy.linesReceived", highestLine.Entry, highestLine.Element);
            return (int)highestLine.Value;
        }

        if (stated < (int)highestLine.Value)
        {
            var origin = sink.Origins["systemicTherapy.linesReceived"];
            sink.Errors.Add(new FhirMappingError(origin.Resource, origin.Element,
                $"says {stated} line(s) of systemic therapy, but {highestLine.Origin} records line {highestLine.Value}; correct one of them"));
        }

        return stated;
    }
}
