using System.Globalization;
using CrlmDecision.Facts;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

public static partial class FhirFactsMapper
{
    private static readonly string[] V600E = ["p.Val600Glu", "p.V600E", "V600E"];

    /// <summary>
    /// RAS and BRAF from genomic variant Observations (LOINC 69548-6, gene in component 48018-6 as an HGNC id,
    /// value LOINC Present/Absent). RAS is mutant when a KRAS or NRAS variant is present, wild-type only when both
    /// genes were found without variant; BRAF is V600E when a BRAF p.Val600Glu is present, wild-type when absent.
    /// </summary>
    private static MolecularFacts ReadMolecular(IReadOnlyList<Entry> entries, FactSink sink)
    {
        foreach (var entry in entries)
        {
            if (entry.Resource is Observation observation && observation.Code.HasCode(FhirCodes.Loinc, StandardCodes.VariantAssessment))
            {
                ReadVariant(entry, observation, sink);
            }
        }

        var kras = sink.Pick("molecular.ras#KRAS") as bool?;
        var nras = sink.Pick("molecular.ras#NRAS") as bool?;
        var ras = kras == true || nras == true ? RasStatus.Mutant
            : kras == false && nras == false ? RasStatus.WildType
            : RasStatus.Unknown;
        if (ras != RasStatus.Unknown)
        {
            sink.Origins["molecular.ras"] = sink.Origins[kras == true || (kras == false && nras != true) ? "molecular.ras#KRAS" : "molecular.ras#NRAS"];
        }

        sink.Origins.Remove("molecular.ras#KRAS");
        sink.Origins.Remove("molecular.ras#NRAS");
        var braf = sink.Pick("molecular.braf") is BrafStatus status ? status : BrafStatus.Unknown;
        return new MolecularFacts { Ras = ras, Braf = braf };
    }

    private static void ReadVariant(Entry entry, Observation observation, FactSink sink)
    {
        var geneIndex = observation.Component.FindIndex(c => c.Code.HasCode(FhirCodes.Loinc, StandardCodes.GeneStudied));
        if (geneIndex < 0)
        {
            sink.Error(entry, "component", $"a variant Observation needs the gene studied: a component with code LOINC {StandardCodes.GeneStudied} and an HGNC id");
            return;
        }

        var geneElement = string.Create(CultureInfo.InvariantCulture, $"component[{geneIndex}].valueCodeableConcept");
        var genes = (observation.Component[geneIndex].Value as CodeableConcept).CodesOf(FhirCodes.Hgnc).ToList();
        if (genes.Count != 1)
        {
            sink.Error(entry, geneElement, $"expected one HGNC gene id ({FhirCodes.Hgnc}, e.g. {StandardCodes.Kras} for KRAS), found {FactValue.Describe(observation.Component[geneIndex].Value)}");
            return;
        }

        var gene = genes[0] switch
        {
            StandardCodes.Kras => "KRAS",
            StandardCodes.Nras => "NRAS",
            StandardCodes.Braf => "BRAF",
            _ => null,
        };
        if (gene is null)
        {
            return; // a gene the facts do not use
        }

        var value = observation.Value as CodeableConcept;
        if (value.HasCode(FhirCodes.Loinc, StandardCodes.Indeterminate, StandardCodes.NoCall))
        {
            return; // tested without a result: the gene's status stays unknown
        }

        var present = value.HasCode(FhirCodes.Loinc, StandardCodes.Present);
        if (!present && !value.HasCode(FhirCodes.Loinc, StandardCodes.Absent))
        {
            sink.Error(entry, "valueCodeableConcept", $"expected LOINC {StandardCodes.Present} (Present) or {StandardCodes.Absent} (Absent) (or {StandardCodes.Indeterminate} Indeterminate, {StandardCodes.NoCall} No call: unknown), found {FactValue.Describe(observation.Value)}");
            return;
        }

        var when = Finding.WhenOf(observation.Effective);
        if (gene != "BRAF")
        {
            sink.Add("molecular.ras#" + gene, new Finding(present, entry, "valueCodeableConcept", when));
            return;
        }

        if (!present)
        {
            sink.Add("molecular.braf", new Finding(BrafStatus.WildType, entry, "valueCodeableConcept", when));
            return;
        }

        var change = observation.Component.FindIndex(c => c.Code.HasCode(FhirCodes.Loinc, StandardCodes.AminoAcidChange));
        var changes = change < 0 ? [] : AminoAcidChanges(observation.Component[change].Value);
        if (!changes.Any(c => V600E.Contains(c, StringComparer.Ordinal)))
        {
            sink.Error(entry, change < 0 ? "component" : string.Create(CultureInfo.InvariantCulture, $"component[{change}].valueCodeableConcept"),
                $"a BRAF variant is present but not given as p.Val600Glu (V600E) in a component LOINC {StandardCodes.AminoAcidChange}; the facts know BRAF wild-type or V600E only, so another BRAF variant cannot be mapped");
            return;
        }

        sink.Add("molecular.braf", new Finding(BrafStatus.V600E, entry, string.Create(CultureInfo.InvariantCulture, $"component[{change}].valueCodeableConcept"), when));
    }

    private static List<string> AminoAcidChanges(DataType? value) => value switch
    {
        CodeableConcept concept => concept.Coding.Select(c => c.Code).Append(concept.Text).OfType<string>().ToList(),
        FhirString text when text.Value is not null => [text.Value],
        _ => [],
    };
}
