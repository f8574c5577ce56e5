using CrlmDecision.Facts;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The limit: the derived facts and the 63 rule conditions of rule set 1.0.0 as first drafted, written by hand
/// in C# over the typed facts (two-valued, no unknown tracking, no report). The released 1.0.0 has 81 rules
/// after the clinical review, so this is now a representative subset; the agreement check in
/// EvaluationBenchmarks runs only while the rule counts match.
/// </summary>
public static class HandWritten
{
    public readonly record struct Derived(int LesionCount, double LargestDiameterMm, bool AllUnder30, bool RemnantAdequate, bool Resectable, int RiskScore);

    public static Derived DerivedOf(PatientFacts p)
    {
        var lesions = p.Liver.Lesions;
        var count = lesions.Count;
        var largest = 0.0;
        var allUnder30 = true;
        for (var i = 0; i < count; i++)
        {
            var d = lesions[i].DiameterMm ?? double.NaN;
            largest = i == 0 || d > largest ? d : largest;
            allUnder30 &= d < 30;
        }

        var flr = p.Liver.FutureLiverRemnantPercent ?? double.NaN;
        var remnant = flr > 40 || (flr > 30 && p.Liver.Parenchyma == Parenchyma.Normal);
        var resectable = p.Liver.R0ResectionFeasible == YesNo.Yes && remnant && p.ExtrahepaticDisease != ExtrahepaticDisease.Unresectable;
        var risk = (p.PrimaryTumor.NodePositive == YesNo.Yes ? 1 : 0) + (p.DiseaseFreeIntervalMonths < 12 ? 1 : 0)
            + (count > 1 ? 1 : 0) + (p.CeaNgPerMl > 200 ? 1 : 0) + (largest > 50 ? 1 : 0);
        return new Derived(count, largest, allUnder30, remnant, resectable, risk);
    }

    /// <summary>Writes the 63 conditions into <paramref name="fired"/>; returns how many fired.</summary>
    public static int Conditions(PatientFacts p, Derived d, Span<bool> fired)
    {
        var pre = p.Phase == Phase.PreTreatment;
        var post = p.Phase == Phase.PostHepatectomy;
        var ehdOk = p.ExtrahepaticDisease != ExtrahepaticDisease.Unresectable;
        var ehdNone = p.ExtrahepaticDisease == ExtrahepaticDisease.None;
        var l = p.Liver.Lesions;
        var s = p.SystemicTherapy;
        var n = d.LesionCount;
        var unres = !d.Resectable;
        var i = 0;
        // ablation
        fired[i++] = pre && d.AllUnder30 && n < 3 && ehdOk;
        fired[i++] = pre && d.AllUnder30 && n >= 3 && n < 5 && ehdOk;
        fired[i++] = n >= 5;
        fired[i++] = pre && n < 3 && d.AllUnder30 && All(l, x => x.Depth == LesionDepth.Deep) && ehdOk;
        fired[i++] = n > 0;
        fired[i++] = p.Molecular.Ras == RasStatus.Mutant && n > 0;
        fired[i++] = Any(l, x => x.DiameterMm >= 30 || x.NearMajorVessel == true);
        fired[i++] = Any(l, x => x.AdjacentToCriticalStructure == true || x.NearMajorVessel == true);
        fired[i++] = p.Recurrence.AfterLocalLiverTherapy == true && d.LargestDiameterMm <= 30 && n < 5 && ehdOk;
        fired[i++] = unres && ehdOk && d.AllUnder30 && n < 5;
        fired[i++] = d.Resectable && d.LargestDiameterMm > 30;
        fired[i++] = n > 0;
        // general
        fired[i++] = !ehdOk;
        fired[i++] = pre;
        fired[i++] = post;
        fired[i++] = pre && d.Resectable && d.RiskScore >= 0;
        // haic
        fired[i++] = pre && unres && ehdNone && s.Response != TherapyResponse.Intolerant;
        fired[i++] = pre && unres && ehdNone && s.LinesReceived >= 1 && s.Response != TherapyResponse.Intolerant;
        fired[i++] = post && ehdOk;
        // resection
        fired[i++] = d.Resectable && n < 5;
        fired[i++] = p.Liver.R0ResectionFeasible == YesNo.No;
        fired[i++] = !d.RemnantAdequate;
        fired[i++] = p.FitForMajorSurgery == YesNo.No;
        fired[i++] = p.Ecog >= 3;
        fired[i++] = n >= 5;
        fired[i++] = d.Resectable && n >= 5 && (s.Response == TherapyResponse.Responding || s.Response == TherapyResponse.Stable);
        fired[i++] = p.Centre?.LaparoscopicLiverExpertise == YesNo.Yes;
        fired[i++] = p.Centre?.LaparoscopicLiverExpertise == YesNo.No;
        fired[i++] = n > 0;
        fired[i++] = p.Molecular.Ras == RasStatus.Mutant;
        fired[i++] = p.Molecular.Braf == BrafStatus.V600E;
        fired[i++] = p.Molecular.Ras == RasStatus.Mutant || p.Molecular.Braf == BrafStatus.V600E;
        fired[i++] = Any(l, x => x.AbutsGlissoneanPedicle == true);
        fired[i++] = n > 1;
        fired[i++] = Any(l, x => x.NearMajorVessel == true);
        var syncUnresected = p.PrimaryTumor.Timing == MetastasisTiming.Synchronous && p.PrimaryTumor.Resected == false;
        fired[i++] = syncUnresected && p.FitForMajorSurgery == YesNo.Yes && p.Ecog <= 1 && All(l, x => x.Depth == LesionDepth.Superficial) && n < 3;
        fired[i++] = syncUnresected && (p.Ecog >= 2 || Any(l, x => x.Depth == LesionDepth.Deep) || n >= 3);
        fired[i++] = p.Recurrence.AfterLocalLiverTherapy == true && d.Resectable;
        fired[i++] = Any(l, x => x.VisibleOnImaging == false);
        fired[i++] = d.Resectable && n >= 2 && Any(l, x => x.Depth == LesionDepth.Deep && x.DiameterMm < 30) && Any(l, x => x.Depth == LesionDepth.Superficial);
        fired[i++] = !d.RemnantAdequate && p.Liver.R0ResectionFeasible == YesNo.Yes && ehdOk && p.FitForMajorSurgery == YesNo.Yes;
        fired[i++] = p.Liver.Parenchyma is Parenchyma.ChemotherapyInjury or Parenchyma.Cirrhosis;
        fired[i++] = p.Recurrence.AfterLocalLiverTherapy == true;
        // sbrt
        var r0No = p.Liver.R0ResectionFeasible == YesNo.No;
        var unfit = p.FitForMajorSurgery == YesNo.No;
        fired[i++] = pre && r0No && n < 5 && ehdOk;
        fired[i++] = pre && unfit && n < 5 && ehdOk;
        fired[i++] = pre && d.LargestDiameterMm > 30 && n < 5 && ehdOk && (r0No || unfit);
        fired[i++] = pre && Any(l, x => x.NearMajorVessel == true) && n < 5 && ehdOk;
        fired[i++] = n > 0 && d.LargestDiameterMm <= 20;
        fired[i++] = p.Recurrence.PriorLiverRadiation == true;
        fired[i++] = p.Liver.Parenchyma is Parenchyma.Cirrhosis or Parenchyma.ChemotherapyInjury;
        fired[i++] = unres && r0No && p.FitForMajorSurgery == YesNo.Yes && n >= 2 && n < 5 && ehdOk;
        // sirt
        fired[i++] = pre && s.Response == TherapyResponse.Naive;
        fired[i++] = pre && s.Refractory == true && ehdOk;
        fired[i++] = pre && s.LinesReceived >= 1 && s.Response == TherapyResponse.Progressing && ehdOk;
        fired[i++] = pre && !d.RemnantAdequate && ehdNone && s.Response != TherapyResponse.Naive;
        fired[i++] = p.Recurrence.PriorLiverRadiation == true;
        fired[i++] = unres && ehdNone && s.LinesReceived >= 1;
        // tace
        fired[i++] = pre && s.LinesReceived >= 1 && s.Response == TherapyResponse.Progressing && ehdOk;
        fired[i++] = pre && s.Response == TherapyResponse.Intolerant && ehdOk;
        fired[i++] = pre && unres && ehdNone && s.Response != TherapyResponse.Intolerant;
        fired[i++] = pre && d.Resectable && s.LinesReceived >= 1 && s.Response == TherapyResponse.Responding;
        // trials
        fired[i++] = post && p.PostoperativeCtDna == CtDnaStatus.Positive;
        fired[i++] = pre && unres && s.LinesReceived >= 1 && s.Response == TherapyResponse.Progressing;

        var count = 0;
        for (var k = 0; k < i; k++)
        {
            count += fired[k] ? 1 : 0;
        }

        return count;
    }

    public const int ConditionCount = 63;

    private static bool Any(IReadOnlyList<LesionFacts> lesions, Func<LesionFacts, bool> test)
    {
        for (var i = 0; i < lesions.Count; i++)
        {
            if (test(lesions[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool All(IReadOnlyList<LesionFacts> lesions, Func<LesionFacts, bool> test)
    {
        for (var i = 0; i < lesions.Count; i++)
        {
            if (!test(lesions[i]))
            {
                return false;
            }
        }

        return true;
    }
}
