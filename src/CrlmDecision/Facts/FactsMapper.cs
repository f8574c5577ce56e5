using System.Globalization;
using CrlmDecision.Yaml;

namespace CrlmDecision.Facts;

/// <summary>
/// Maps a parsed document onto <see cref="PatientFacts"/>, collecting every shape, type, word and key error.
/// Ranges and consistency are the validator's (<see cref="FactsValidator"/>), for documents and facts built in
/// code alike, so an out-of-range number is mapped as written and refused when the facts are validated. The
/// one limit checked here too is the lesion count, a bound on the work of mapping hostile input.
/// </summary>
internal static class FactsMapper
{
    public static PatientFacts? Map(YamlNode root, List<FactsError> found)
    {
        YamlErrorSink errors = (path, line, column, message) => found.Add(new FactsError(path, line, column, message));
        if (MappingReader.Over(root, "", errors) is not { } r)
        {
            return null;
        }

        var schema = r.Require("schemaVersion", "expected schemaVersion: 1");
        if (schema is not null && schema is not YamlScalar { Value: "1", IsQuoted: false })
        {
            errors("schemaVersion", schema.Line, schema.Column, $"{MappingReader.Describe(schema)} is not supported; this version of CrlmDecision reads schemaVersion 1");
        }

        // An editor's link to the JSON Schema (docs/schema/facts.schema.json) in a JSON file; no fact, so ignored.
        _ = r.Text("$schema", FactRanges.MaxSchemaLinkLength);

        var facts = new PatientFacts
        {
            PatientId = r.Text("patientId", FactRanges.MaxPatientIdLength),
            Phase = r.Word("phase", Phase.PreTreatment),
            Ecog = r.WholeNumber("ecog", FactRanges.Ecog),
            FitForMajorSurgery = r.Word("fitForMajorSurgery", YesNo.Unknown),
            PrimaryTumor = Primary(r, errors),
            Molecular = Molecular(r, errors),
            Liver = Liver(r, errors),
            ExtrahepaticDisease = r.Word("extrahepaticDisease", ExtrahepaticDisease.Unknown),
            CeaNgPerMl = r.Number("ceaNgPerMl", FactRanges.CeaNgPerMl),
            DiseaseFreeIntervalMonths = r.Number("diseaseFreeIntervalMonths", FactRanges.DiseaseFreeIntervalMonths),
            Recurrence = Recurrence(r, errors),
            SystemicTherapy = Systemic(r, errors),
            PostoperativeCtDna = r.Word("postoperativeCtDna", CtDnaStatus.NotTested),
            Centre = Centre(r, errors),
        };
        r.Finish();
        return facts;
    }

    /// <summary>Line and column of every field path in the document, for validation messages.</summary>
    public static IReadOnlyDictionary<string, (int Line, int Column)> LinesOf(YamlNode root)
    {
        var lines = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        Walk(root, "");
        return lines;

        void Walk(YamlNode node, string path)
        {
            lines[path] = (node.Line, node.Column);
            switch (node)
            {
                case YamlMapping m:
                    foreach (var (k, v) in m.Entries)
                    {
                        Walk(v, path.Length == 0 ? k.Value : path + "." + k.Value);
                    }

                    break;
                case YamlSequence s:
                    for (var i = 0; i < s.Items.Count; i++)
                    {
                        Walk(s.Items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"));
                    }

                    break;
            }
        }
    }

    private static MappingReader? Section(MappingReader parent, string key, YamlErrorSink errors) =>
        parent.Take(key) is { } node ? MappingReader.Over(node, parent.PathOf(key), errors) : null;

    private static PrimaryTumorFacts Primary(MappingReader parent, YamlErrorSink errors)
    {
        if (Section(parent, "primaryTumor", errors) is not { } r)
        {
            return new PrimaryTumorFacts();
        }

        var primary = new PrimaryTumorFacts
        {
            Location = r.Word("location", PrimaryLocation.Unknown),
            Resected = r.Flag("resected"),
            NodePositive = r.Word("nodePositive", YesNo.Unknown),
            Timing = r.Word("timing", MetastasisTiming.Unknown),
        };
        r.Finish();
        return primary;
    }

    private static MolecularFacts Molecular(MappingReader parent, YamlErrorSink errors)
    {
        if (Section(parent, "molecular", errors) is not { } r)
        {
            return new MolecularFacts();
        }

        var molecular = new MolecularFacts
        {
            Ras = r.Word("ras", RasStatus.Unknown),
            Braf = r.Word("braf", BrafStatus.Unknown),
            Msi = r.Word("msi", MsiStatus.Unknown),
        };
        r.Finish();
        return molecular;
    }

    private static LiverFacts Liver(MappingReader parent, YamlErrorSink errors)
    {
        if (Section(parent, "liver", errors) is not { } r)
        {
            return new LiverFacts();
        }

        var liver = new LiverFacts
        {
            Lesions = Lesions(r, errors),
            LesionCount = r.WholeNumber("lesionCount", FactRanges.LesionCount),
            FutureLiverRemnantPercent = r.Number("futureLiverRemnantPercent", FactRanges.FutureLiverRemnantPercent),
            Parenchyma = r.Word("parenchyma", Parenchyma.Unknown),
            R0ResectionFeasible = r.Word("r0ResectionFeasible", YesNo.Unknown),
        };
        r.Finish();
        return liver;
    }

    private static LesionFacts[] Lesions(MappingReader liver, YamlErrorSink errors)
    {
        var path = liver.PathOf("lesions");
        switch (liver.Take("lesions"))
        {
            case null:
                return [];
            case YamlSequence { Items.Count: > FactRanges.MaxLesions } s:
                // Refused before mapping, as the input bounds are: a hostile list costs no more than its count.
                errors(path, s.Line, s.Column, FactRanges.TooManyLesions(s.Items.Count));
                return [];
            case YamlSequence s:
                var lesions = new List<LesionFacts>();
                for (var i = 0; i < s.Items.Count; i++)
                {
                    if (MappingReader.Over(s.Items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), errors) is { } r)
                    {
                        lesions.Add(Lesion(r));
                    }
                }

                return [.. lesions];
            case var other:
                errors(path, other.Line, other.Column, $"expected a list of lesions, found {MappingReader.Describe(other)}");
                return [];
        }
    }

    private static LesionFacts Lesion(MappingReader r)
    {
        var lesion = new LesionFacts
        {
            Id = r.Text("id", FactRanges.MaxLesionIdLength),
            DiameterMm = r.Number("diameterMm", FactRanges.DiameterMm),
            Segment = r.WholeNumber("segment", FactRanges.Segment),
            Depth = r.Word("depth", LesionDepth.Unknown),
            NearMajorVessel = r.Flag("nearMajorVessel"),
            AbutsGlissoneanPedicle = r.Flag("abutsGlissoneanPedicle"),
            AdjacentToCriticalStructure = r.Flag("adjacentToCriticalStructure"),
            AdjacentToBileDuct = r.Flag("adjacentToBileDuct"),
            AdjacentToBowel = r.Flag("adjacentToBowel"),
            VisibleOnImaging = r.Flag("visibleOnImaging"),
        };
        r.Finish();
        return lesion;
    }

    private static RecurrenceFacts Recurrence(MappingReader parent, YamlErrorSink errors)
    {
        if (Section(parent, "recurrence", errors) is not { } r)
        {
            return new RecurrenceFacts();
        }

        var recurrence = new RecurrenceFacts
        {
            AfterLocalLiverTherapy = r.Flag("afterLocalLiverTherapy"),
            PriorLiverRadiation = r.Flag("priorLiverRadiation"),
        };
        r.Finish();
        return recurrence;
    }

    private static SystemicTherapyFacts Systemic(MappingReader parent, YamlErrorSink errors)
    {
        if (Section(parent, "systemicTherapy", errors) is not { } r)
        {
            return new SystemicTherapyFacts();
        }

        var systemic = new SystemicTherapyFacts
        {
            LinesReceived = r.WholeNumber("linesReceived", FactRanges.LinesReceived),
            Response = r.Word("response", TherapyResponse.Unknown),
            Refractory = r.Flag("refractory"),
        };
        r.Finish();
        return systemic;
    }

    private static CentreFacts? Centre(MappingReader parent, YamlErrorSink errors)
    {
        if (Section(parent, "centre", errors) is not { } r)
        {
            return null;
        }

        var centre = new CentreFacts
        {
            LaparoscopicLiverExpertise = r.Word("laparoscopicLiverExpertise", YesNo.Unknown),
            Available = Options(r, errors),
        };
        r.Finish();
        return centre;
    }

    private static TreatmentOption[]? Options(MappingReader centre, YamlErrorSink errors)
    {
        var path = centre.PathOf("available");
        var node = centre.Take("available");
        if (node is null or YamlScalar { Value: "unknown" })
        {
            return null;
        }

        if (node is not YamlSequence list)
        {
            errors(path, node.Line, node.Column, $"expected a list of options ({string.Join(", ", Words<TreatmentOption>.All)}), found {MappingReader.Describe(node)}");
            return null;
        }

        var options = new List<TreatmentOption>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (item is not YamlScalar s || !Words<TreatmentOption>.TryParse(s.Value, out var option))
            {
                errors(itemPath, item.Line, item.Column, $"{MappingReader.Describe(item)} is not an option; expected one of: {string.Join(", ", Words<TreatmentOption>.All)}");
            }
            else if (options.Contains(option))
            {
                errors(itemPath, item.Line, item.Column, $"'{s.Value}' is listed twice");
            }
            else
            {
                options.Add(option);
            }
        }

        return [.. options.Order()];
    }
}
