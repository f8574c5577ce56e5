using System.Globalization;

namespace CrlmDecision.Facts;

/// <summary>The errors (the facts are refused) and the warnings (the report is produced, the facts shown to check) found.</summary>
internal sealed record FactsCheck(IReadOnlyList<FactsError> Errors, IReadOnlyList<FactWarning> Warnings);

/// <summary>
/// Checks the ranges (<see cref="FactRanges"/>) and the consistency of facts, whether read from a document
/// (then with the line of each field) or built in code. The engine refuses facts with any error: nothing is
/// evaluated on invalid facts. What is possible but implausible (a likely unit slip) is a warning, shown at the
/// top of the report.
/// </summary>
internal static class FactsValidator
{
    /// <summary>Every problem of <paramref name="facts"/>; empty when valid.</summary>
    public static IReadOnlyList<FactsError> Validate(PatientFacts facts) => Validate(facts, null);

    /// <summary>Every problem of <paramref name="facts"/>, each with its line in <paramref name="lines"/> when given.</summary>
    internal static IReadOnlyList<FactsError> Validate(PatientFacts facts, IReadOnlyDictionary<string, (int Line, int Column)>? lines) =>
        Check(facts, lines).Errors;

    /// <summary>Every problem and every warning of <paramref name="facts"/>, each with its line in <paramref name="lines"/> when given.</summary>
    internal static FactsCheck Check(PatientFacts facts, IReadOnlyDictionary<string, (int Line, int Column)>? lines)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var found = new Findings(lines);
        CheckAll(facts, found);
        return new FactsCheck(found.Errors, found.Warnings);
    }

    private static void CheckAll(PatientFacts facts, Findings found)
    {
        var check = found.Check;

        // Facts built in code can hold what no document can: null sections and undefined enum values.
        if (facts.PrimaryTumor is null || facts.Molecular is null || facts.Liver is null || facts.Recurrence is null || facts.SystemicTherapy is null)
        {
            check(facts.PrimaryTumor is not null, "primaryTumor", "may not be null");
            check(facts.Molecular is not null, "molecular", "may not be null");
            check(facts.Liver is not null, "liver", "may not be null");
            check(facts.Recurrence is not null, "recurrence", "may not be null");
            check(facts.SystemicTherapy is not null, "systemicTherapy", "may not be null");
            return;
        }

        void Word<TEnum>(TEnum value, string path)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value))
            {
                check(false, path, $"expected one of: {string.Join(", ", Words<TEnum>.All)}"); // the message only when needed: this runs per evaluation
            }
        }

        Word(facts.Phase, "phase");
        Word(facts.FitForMajorSurgery, "fitForMajorSurgery");
        Word(facts.PrimaryTumor.Location, "primaryTumor.location");
        Word(facts.PrimaryTumor.NodePositive, "primaryTumor.nodePositive");
        Word(facts.PrimaryTumor.Timing, "primaryTumor.timing");
        Word(facts.Molecular.Ras, "molecular.ras");
        Word(facts.Molecular.Braf, "molecular.braf");
        Word(facts.Molecular.Msi, "molecular.msi");
        Word(facts.Liver.Parenchyma, "liver.parenchyma");
        Word(facts.Liver.R0ResectionFeasible, "liver.r0ResectionFeasible");
        Word(facts.ExtrahepaticDisease, "extrahepaticDisease");
        Word(facts.SystemicTherapy.Response, "systemicTherapy.response");
        Word(facts.PostoperativeCtDna, "postoperativeCtDna");
        if (facts.Centre is { } centre)
        {
            Word(centre.LaparoscopicLiverExpertise, "centre.laparoscopicLiverExpertise");
            foreach (var option in centre.Available ?? [])
            {
                Word(option, "centre.available");
            }
        }

        check(facts.SchemaVersion == 1, "schemaVersion", "only schemaVersion 1 is supported");
        CheckRanges(facts, found);
        check(facts.Liver.Lesions is not null, "liver.lesions", "expected a list (empty only after hepatectomy)");

        var lesions = facts.Liver.Lesions ?? [];
        if (facts.Phase == Phase.PreTreatment)
        {
            check(lesions.Count > 0, "liver.lesions", "phase pre-treatment needs at least one lesion; use phase: post-hepatectomy when all liver disease was removed");
        }
        else
        {
            check(lesions.Count == 0, "liver.lesions", "phase post-hepatectomy means all liver disease was removed: the lesion list must be empty; use phase: pre-treatment for remaining or recurrent lesions");
            check(facts.Liver.LesionCount is null or 0, "liver.lesionCount", "phase post-hepatectomy means all liver disease was removed: write lesionCount: 0 or leave it out; use phase: pre-treatment for remaining or recurrent lesions");
        }

        if (facts.Liver.LesionCount is { } total && total < lesions.Count && FactRanges.LesionCount.Contains(total))
        {
            found.Add("liver.lesionCount", string.Create(CultureInfo.InvariantCulture,
                $"{total} is fewer than the {lesions.Count} lesions listed under liver.lesions; lesionCount is the total number of liver metastases, listed or not: write at least {lesions.Count}, or leave it out when every lesion is listed"));
        }

        for (var i = 0; i < lesions.Count; i++)
        {
            var lesion = lesions[i];
            if (lesion is not null && Enum.IsDefined(lesion.Depth))
            {
                continue; // valid: skip building the path, which only error messages need
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"liver.lesions[{i}]");
            check(lesion is not null, path, "a lesion may not be null");
            check(lesion is null || Enum.IsDefined(lesion.Depth), path + ".depth", $"expected one of: {string.Join(", ", Words<LesionDepth>.All)}");
        }

        CheckUnits(lesions, check);
        CheckLesionIds(lesions, found);
        CheckAdjacency(lesions, found);
        CheckSystemicTherapy(facts.SystemicTherapy, found);
        CheckRemnant(facts.Liver.FutureLiverRemnantPercent, found);
        WarnSmallDiameters(lesions, found);
    }

    /// <summary>
    /// The range problems alone, for a document whose mapping failed: its other problems are reported with
    /// these, all at once, while consistency is not judged on facts only partly read.
    /// </summary>
    internal static IReadOnlyList<FactsError> RangeErrors(PatientFacts facts, IReadOnlyDictionary<string, (int Line, int Column)> lines)
    {
        var found = new Findings(lines);
        CheckRanges(facts, found);
        return found.Errors;
    }

    private static void CheckRanges(PatientFacts facts, Findings found)
    {
        found.Range(facts.Ecog, FactRanges.Ecog, "ecog");
        found.Range(facts.Liver.FutureLiverRemnantPercent, FactRanges.FutureLiverRemnantPercent, "liver.futureLiverRemnantPercent");
        found.Range(facts.CeaNgPerMl, FactRanges.CeaNgPerMl, "ceaNgPerMl");
        found.Range(facts.DiseaseFreeIntervalMonths, FactRanges.DiseaseFreeIntervalMonths, "diseaseFreeIntervalMonths");
        found.Range(facts.SystemicTherapy.LinesReceived, FactRanges.LinesReceived, "systemicTherapy.linesReceived");
        found.Range(facts.Liver.LesionCount, FactRanges.LesionCount, "liver.lesionCount");

        var lesions = facts.Liver.Lesions ?? [];
        if (lesions.Count > FactRanges.MaxLesions)
        {
            found.Add("liver.lesions", FactRanges.TooManyLesions(lesions.Count));
        }

        for (var i = 0; i < lesions.Count; i++)
        {
            if (lesions[i] is not { } lesion || (FactRanges.DiameterMm.Contains(lesion.DiameterMm) && FactRanges.Segment.Contains(lesion.Segment)))
            {
                continue; // valid: skip building the paths, which only error messages need
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"liver.lesions[{i}]");
            found.Range(lesion.DiameterMm, FactRanges.DiameterMm, path + ".diameterMm");
            found.Range(lesion.Segment, FactRanges.Segment, path + ".segment");
        }
    }

    // A diameter given in centimetres (2.4 for 24 mm) would make every lesion look ten times smaller and
    // meet size limits such as ablation's < 30 mm. Real measurements under 10 mm are given in whole
    // millimetres, so every diameter under 10 with one of them fractional is refused as a likely unit error.
    private static void CheckUnits(IReadOnlyList<LesionFacts> lesions, Action<bool, string, string> check)
    {
        var fractional = -1;
        for (var i = 0; i < lesions.Count; i++)
        {
            if (lesions[i]?.DiameterMm is not { } mm)
            {
                continue;
            }

            if (mm >= 10)
            {
                return;
            }

            if (fractional < 0 && mm != Math.Floor(mm))
            {
                fractional = i;
            }
        }

        if (fractional >= 0)
        {
            check(false, string.Create(CultureInfo.InvariantCulture, $"liver.lesions[{fractional}].diameterMm"), string.Create(CultureInfo.InvariantCulture,
                $"{lesions[fractional].DiameterMm} looks like centimetres: every diameter is under 10 and this one has a decimal part; diameters are in millimetres (2.4 cm = 24 mm); give whole millimetres if the lesions really are this small"));
        }
    }

    // Lesion ids label lesions in messages and reports; two lesions with one id is a copy slip.
    private static void CheckLesionIds(IReadOnlyList<LesionFacts> lesions, Findings found)
    {
        Dictionary<string, int>? first = null;
        for (var i = 0; i < lesions.Count; i++)
        {
            if (lesions[i]?.Id is not { } id)
            {
                continue;
            }

            first ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (!first.TryAdd(id, i))
            {
                found.Add(string.Create(CultureInfo.InvariantCulture, $"liver.lesions[{i}].id"), string.Create(CultureInfo.InvariantCulture,
                    $"'{id}' is also the id of liver.lesions[{first[id]}]: lesions [{first[id]}] and [{i}] have the same id; give each lesion its own id (e.g. L1, L2, ...), or list a lesion once"));
            }
        }
    }

    // adjacentToCriticalStructure is the umbrella of the bile duct and bowel flags: false for it and true for one of them cannot both hold.
    private static void CheckAdjacency(IReadOnlyList<LesionFacts> lesions, Findings found)
    {
        for (var i = 0; i < lesions.Count; i++)
        {
            if (lesions[i] is not { AdjacentToCriticalStructure: false } lesion || (lesion.AdjacentToBileDuct != true && lesion.AdjacentToBowel != true))
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"liver.lesions[{i}]");
            if (lesion.AdjacentToBileDuct == true)
            {
                found.Add(path + ".adjacentToBileDuct", $"true, but {path}.adjacentToCriticalStructure is false, and the main bile duct is one of the critical structures; write adjacentToCriticalStructure: true (or leave it out), or adjacentToBileDuct: false");
            }

            if (lesion.AdjacentToBowel == true)
            {
                found.Add(path + ".adjacentToBowel", $"true, but {path}.adjacentToCriticalStructure is false, and the bowel is one of the critical structures; write adjacentToCriticalStructure: true (or leave it out), or adjacentToBowel: false");
            }
        }
    }

    // No line of systemic therapy means no response and no refractoriness; a response of naive means no line.
    private static void CheckSystemicTherapy(SystemicTherapyFacts therapy, Findings found)
    {
        if (therapy.LinesReceived == 0)
        {
            if (therapy.Refractory == true)
            {
                found.Add("systemicTherapy.refractory", "true means progression on fluoropyrimidine, oxaliplatin and irinotecan, but systemicTherapy.linesReceived is 0; write the number of lines received, or refractory: false");
            }

            if (therapy.Response is not (TherapyResponse.Naive or TherapyResponse.Unknown) && Enum.IsDefined(therapy.Response))
            {
                found.Add("systemicTherapy.response", $"{Words<TherapyResponse>.Of(therapy.Response)} is a course on systemic therapy, but systemicTherapy.linesReceived is 0; write response: naive (no systemic therapy given), or the number of lines received");
            }
        }
        else if (therapy.Response == TherapyResponse.Naive && therapy.LinesReceived is { } lines && FactRanges.LinesReceived.Contains(lines))
        {
            found.Add("systemicTherapy.response", string.Create(CultureInfo.InvariantCulture,
                $"naive means no systemic therapy was given, but systemicTherapy.linesReceived is {lines}; write the course on the current or last line (responding, stable, progressing or intolerant), or linesReceived: 0"));
        }
    }

    // The remnant is a percentage: 0.55 is a fraction written for 55%; under 10% is possible on paper but most likely a slip.
    private static void CheckRemnant(double? remnant, Findings found)
    {
        const string Path = "liver.futureLiverRemnantPercent";
        if (remnant is not { } percent || !FactRanges.FutureLiverRemnantPercent.Contains(percent))
        {
            return;
        }

        if (percent <= FactRanges.RemnantFractionMax)
        {
            found.Add(Path, string.Create(CultureInfo.InvariantCulture,
                $"{percent} looks like a fraction (or is no remnant at all): the remnant is in percent of the total liver volume; write 55 for 55%, not 0.55"));
        }
        else if (percent < FactRanges.RemnantImplausibleBelow)
        {
            found.Warn(Path, string.Create(CultureInfo.InvariantCulture,
                $"a future liver remnant of {percent}% is implausibly small: check the value (percent of the total liver volume; 55 for 55%)"));
        }
    }

    // A diameter under 10 mm is implausibly small for a characterised metastasis: most likely centimetres. The
    // centimetre check (CheckUnits) refuses it when every diameter is that small and one is fractional.
    private static void WarnSmallDiameters(IReadOnlyList<LesionFacts> lesions, Findings found)
    {
        for (var i = 0; i < lesions.Count; i++)
        {
            if (lesions[i]?.DiameterMm is not { } mm || mm >= FactRanges.DiameterImplausibleBelowMm || !FactRanges.DiameterMm.Contains(mm))
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"liver.lesions[{i}].diameterMm");
            if (!found.HasError(path))
            {
                found.Warn(path, string.Create(CultureInfo.InvariantCulture,
                    $"{mm} mm is implausibly small for a characterised metastasis: if {mm} cm was meant, write {mm * 10}"));
            }
        }
    }

    /// <summary>The errors found, each with its line when the facts came from a document.</summary>
    private sealed class Findings(IReadOnlyDictionary<string, (int Line, int Column)>? lines)
    {
        public List<FactsError> Errors { get; } = [];

        public List<FactWarning> Warnings { get; } = [];

        public void Check(bool ok, string path, string message)
        {
            if (!ok)
            {
                Add(path, message);
            }
        }

        public void Range(double? value, FactRange range, string path)
        {
            if (!range.Contains(value))
            {
                Add(path, range.OutOfRange(value!.Value)); // the message only when needed: this runs per evaluation
            }
        }

        public void Add(string path, string message)
        {
            var at = At(path);
            Errors.Add(new FactsError(path, at?.Line, at?.Column, message));
        }

        public void Warn(string path, string message) => Warnings.Add(new FactWarning(path, At(path)?.Line, message));

        public bool HasError(string path) => Errors.Exists(e => e.Path == path);

        private (int Line, int Column)? At(string path) => lines?.TryGetValue(path, out var l) == true ? l : null;
    }
}
