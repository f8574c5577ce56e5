using System.Globalization;

namespace CrlmDecision.Facts;

/// <summary>
/// Checks the ranges and the consistency of facts, whether read from a document or built in code.
/// The engine refuses facts with any error: nothing is evaluated on invalid facts.
/// </summary>
internal static class FactsValidator
{
    /// <summary>Every problem of <paramref name="facts"/>; empty when valid.</summary>
    public static IReadOnlyList<FactsError> Validate(PatientFacts facts) => Validate(facts, null);

    internal static IReadOnlyList<FactsError> Validate(PatientFacts facts, IReadOnlyDictionary<string, (int Line, int Column)>? lines)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var errors = new List<FactsError>();
        void Check(bool ok, string path, string message)
        {
            if (!ok)
            {
                (int Line, int Column)? at = lines?.TryGetValue(path, out var l) == true ? l : null;
                errors.Add(new FactsError(path, at?.Line, at?.Column, message));
            }
        }

        // Facts built in code can hold what no document can: null sections and undefined enum values.
        if (facts.PrimaryTumor is null || facts.Molecular is null || facts.Liver is null || facts.Recurrence is null || facts.SystemicTherapy is null)
        {
            Check(facts.PrimaryTumor is not null, "primaryTumor", "may not be null");
            Check(facts.Molecular is not null, "molecular", "may not be null");
            Check(facts.Liver is not null, "liver", "may not be null");
            Check(facts.Recurrence is not null, "recurrence", "may not be null");
            Check(facts.SystemicTherapy is not null, "systemicTherapy", "may not be null");
            return errors;
        }

        void Word<TEnum>(TEnum value, string path)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value))
            {
                Check(false, path, $"expected one of: {string.Join(", ", Words<TEnum>.All)}"); // the message only when needed: this runs per evaluation
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

        Check(facts.SchemaVersion == 1, "schemaVersion", "only schemaVersion 1 is supported");
        Check(facts.Ecog is null or >= 0 and <= 4, "ecog", "expected a whole number from 0 to 4, or unknown");
        Check(InRange(facts.Liver.FutureLiverRemnantPercent, 0, 100), "liver.futureLiverRemnantPercent", "expected a number from 0 to 100, or unknown");
        Check(InRange(facts.CeaNgPerMl, 0, 1_000_000), "ceaNgPerMl", "expected a number from 0 to 1000000, or unknown");
        Check(InRange(facts.DiseaseFreeIntervalMonths, 0, 600), "diseaseFreeIntervalMonths", "expected a number from 0 to 600, or unknown");
        Check(facts.SystemicTherapy.LinesReceived is null or >= 0 and <= 10, "systemicTherapy.linesReceived", "expected a whole number from 0 to 10, or unknown");
        Check(facts.Liver.Lesions is not null, "liver.lesions", "expected a list (empty only after hepatectomy)");

        var lesions = facts.Liver.Lesions ?? [];
        Check(lesions.Count <= FactsMapper.MaxLesions, "liver.lesions", "at most 100 lesions are allowed");
        if (facts.Phase == Phase.PreTreatment)
        {
            Check(lesions.Count > 0, "liver.lesions", "phase pre-treatment needs at least one lesion; use phase: post-hepatectomy when all liver disease was removed");
        }
        else
        {
            Check(lesions.Count == 0, "liver.lesions", "phase post-hepatectomy means all liver disease was removed: the lesion list must be empty; use phase: pre-treatment for remaining or recurrent lesions");
        }

        for (var i = 0; i < lesions.Count; i++)
        {
            var lesion = lesions[i];
            if (lesion is not null && InRange(lesion.DiameterMm, 1, 300) && lesion.Segment is null or >= 1 and <= 8 && Enum.IsDefined(lesion.Depth))
            {
                continue; // valid: skip building the paths, which only error messages need
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"liver.lesions[{i}]");
            Check(lesion is not null, path, "a lesion may not be null");
            Check(InRange(lesion?.DiameterMm, 1, 300), path + ".diameterMm", "expected millimetres from 1 to 300, or unknown");
            Check(lesion?.Segment is null or >= 1 and <= 8, path + ".segment", "expected a Couinaud segment from 1 to 8, or unknown");
            Check(lesion is null || Enum.IsDefined(lesion.Depth), path + ".depth", $"expected one of: {string.Join(", ", Words<LesionDepth>.All)}");
        }

        CheckUnits(lesions, Check);
        return errors;
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

    private static bool InRange(double? value, double min, double max) =>
        value is not { } v || (double.IsFinite(v) && v >= min && v <= max);
}
