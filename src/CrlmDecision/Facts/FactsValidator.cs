using System.Globalization;

namespace CrlmDecision.Facts;

/// <summary>
/// Checks the ranges (<see cref="FactRanges"/>) and the consistency of facts, whether read from a document
/// (then with the line of each field) or built in code. The engine refuses facts with any error: nothing is
/// evaluated on invalid facts.
/// </summary>
internal static class FactsValidator
{
    /// <summary>Every problem of <paramref name="facts"/>; empty when valid.</summary>
    public static IReadOnlyList<FactsError> Validate(PatientFacts facts) => Validate(facts, null);

    /// <summary>Every problem of <paramref name="facts"/>, each with its line in <paramref name="lines"/> when given.</summary>
    internal static IReadOnlyList<FactsError> Validate(PatientFacts facts, IReadOnlyDictionary<string, (int Line, int Column)>? lines)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var found = new Findings(lines);
        var check = found.Check;

        // Facts built in code can hold what no document can: null sections and undefined enum values.
        if (facts.PrimaryTumor is null || facts.Molecular is null || facts.Liver is null || facts.Recurrence is null || facts.SystemicTherapy is null)
        {
            check(facts.PrimaryTumor is not null, "primaryTumor", "may not be null");
            check(facts.Molecular is not null, "molecular", "may not be null");
            check(facts.Liver is not null, "liver", "may not be null");
            check(facts.Recurrence is not null, "recurrence", "may not be null");
            check(facts.SystemicTherapy is not null, "systemicTherapy", "may not be null");
            return found.Errors;
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
        return found.Errors;
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

    /// <summary>The errors found, each with its line when the facts came from a document.</summary>
    private sealed class Findings(IReadOnlyDictionary<string, (int Line, int Column)>? lines)
    {
        public List<FactsError> Errors { get; } = [];

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
            (int Line, int Column)? at = lines?.TryGetValue(path, out var l) == true ? l : null;
            Errors.Add(new FactsError(path, at?.Line, at?.Column, message));
        }
    }
}
