using CrlmDecision.Facts;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The limit: the 8 derived facts (derived.yaml) and all 81 rule conditions of the released rule set
/// crlm-local-therapy 1.0.0 (rules/*.yaml, in the order the rule set loads them), written by hand in C# over
/// the typed facts: two-valued, no unknown tracking, no suppression, no report, no allocation.
/// </summary>
/// <remarks>
/// The conditions are the raw <c>when</c> expressions: a rule that another rule suppresses still counts as
/// fired here when its condition holds. An unknown fact reads as some placeholder (NaN, false, -1, the
/// Unknown member), so the results mean something only where the facts the rules need are known; the
/// <c>handwritten-check</c> mode of this project compares them with the library's reports.
/// </remarks>
public static class HandWritten
{
    /// <summary>The derived facts; <see cref="Resectable"/> is the word fact resectability (resectable or unresectable).</summary>
    public readonly record struct Derived(
        int LesionCount,
        double LargestDiameterMm,
        bool AllLesionsUnder30Mm,
        bool RemnantAdequate,
        bool Resectable,
        int ClinicalRiskScore,
        bool BilobarDisease,
        bool CombinedPlanPattern);

    public const int ConditionCount = 81;

    /// <summary>The rule ids, in the order <see cref="Conditions"/> writes them (the rule set's order).</summary>
    public static string[] RuleIds { get; } =
    [
        "ABL-001", "ABL-002", "ABL-003", "ABL-004", "ABL-005", "ABL-006", "ABL-007", "ABL-008", "ABL-009", "ABL-010",
        "ABL-011", "ABL-012", "ABL-013",
        "GEN-001", "GEN-002", "GEN-003", "GEN-004", "GEN-005", "GEN-006", "GEN-007", "GEN-008", "GEN-009",
        "HAI-001", "HAI-002", "HAI-003",
        "RES-001", "RES-002", "RES-003", "RES-004", "RES-005", "RES-006", "RES-007", "RES-008", "RES-009", "RES-010",
        "RES-011", "RES-012", "RES-013", "RES-014", "RES-015", "RES-016", "RES-017", "RES-018", "RES-019", "RES-020",
        "RES-021", "RES-022", "RES-023", "RES-024", "RES-025", "RES-026", "RES-027", "RES-028", "RES-029", "RES-030",
        "RES-031",
        "SBR-001", "SBR-002", "SBR-003", "SBR-004", "SBR-005", "SBR-006", "SBR-007", "SBR-008", "SBR-009", "SBR-010",
        "SIR-001", "SIR-002", "SIR-003", "SIR-004", "SIR-005", "SIR-006", "SIR-007", "SIR-008",
        "TAC-001", "TAC-002", "TAC-003", "TAC-004", "TAC-005",
        "TRI-001", "TRI-002",
    ];

    /// <summary>The derived facts of derived.yaml, in its dependency order.</summary>
    public static Derived DerivedOf(PatientFacts p)
    {
        var lesions = p.Liver.Lesions;
        var count = lesions.Count;
        var largest = 0.0;
        var allUnder30 = true;
        var left = false; // a lesion in segments 2-4
        var right = false; // a lesion in segments 5-8
        var deepUnder30 = false;
        var superficial = false;
        for (var i = 0; i < count; i++)
        {
            var lesion = lesions[i];
            var diameter = lesion.DiameterMm ?? double.NaN;
            largest = i == 0 || diameter > largest ? diameter : largest;
            allUnder30 &= diameter < 30;
            var segment = lesion.Segment ?? -1;
            left |= segment is >= 2 and <= 4;
            right |= segment is >= 5 and <= 8;
            deepUnder30 |= lesion.Depth == LesionDepth.Deep && diameter < 30;
            superficial |= lesion.Depth == LesionDepth.Superficial;
        }

        var flr = p.Liver.FutureLiverRemnantPercent ?? double.NaN;
        var remnant = flr > 40 || (flr > 30 && p.Liver.Parenchyma == Parenchyma.Normal);
        var resectable = p.Liver.R0ResectionFeasible == YesNo.Yes && remnant && p.ExtrahepaticDisease != ExtrahepaticDisease.Unresectable;
        var risk = (p.PrimaryTumor.NodePositive == YesNo.Yes ? 1 : 0)
            + (p.DiseaseFreeIntervalMonths < 12 ? 1 : 0)
            + (count > 1 ? 1 : 0)
            + (p.CeaNgPerMl > 200 ? 1 : 0)
            + (largest > 50 ? 1 : 0);
        var combined = count >= 2 && deepUnder30 && superficial;
        return new Derived(count, largest, allUnder30, remnant, resectable, risk, left && right, combined);
    }

    /// <summary>Writes the 81 conditions into <paramref name="fired"/> in <see cref="RuleIds"/> order; returns how many hold.</summary>
    public static int Conditions(PatientFacts p, Derived d, Span<bool> fired)
    {
        fired = fired[..ConditionCount];

        // Facts the rules read, as plain values.
        var pre = p.Phase == Phase.PreTreatment;
        var post = p.Phase == Phase.PostHepatectomy;
        var ecog = p.Ecog ?? -1;
        var fitYes = p.FitForMajorSurgery == YesNo.Yes;
        var fitNo = p.FitForMajorSurgery == YesNo.No;
        var ehd = p.ExtrahepaticDisease;
        var ehdOk = ehd != ExtrahepaticDisease.Unresectable;
        var ehdNone = ehd == ExtrahepaticDisease.None;
        var r0Yes = p.Liver.R0ResectionFeasible == YesNo.Yes;
        var r0No = p.Liver.R0ResectionFeasible == YesNo.No;
        var parenchyma = p.Liver.Parenchyma;
        var ras = p.Molecular.Ras == RasStatus.Mutant;
        var braf = p.Molecular.Braf == BrafStatus.V600E;
        var s = p.SystemicTherapy;
        var lines = s.LinesReceived ?? -1;
        var response = s.Response;
        var refractory = s.Refractory == true;
        var notIntolerant = response != TherapyResponse.Intolerant;
        var afterLocal = p.Recurrence.AfterLocalLiverTherapy == true;
        var priorRadiation = p.Recurrence.PriorLiverRadiation == true;
        var expertise = p.Centre?.LaparoscopicLiverExpertise ?? YesNo.Unknown;
        var synchronousUnresected = p.PrimaryTumor.Timing == MetastasisTiming.Synchronous && p.PrimaryTumor.Resected == false;

        // The lesion predicates the rules use (Any/All), in one pass.
        var anyNearVessel = false;
        var anyCriticalOrVessel = false;
        var anyGlissonean = false;
        var anyInvisible = false;
        var anyDeep = false;
        var anySuperficial = false;
        var anyUnder30 = false;
        var allDeep = true;
        var allSuperficial = true;
        var allVisible = true;
        var allSuperficialOrUnder30 = true;
        var lesions = p.Liver.Lesions;
        for (var k = 0; k < lesions.Count; k++)
        {
            var l = lesions[k];
            var near = l.NearMajorVessel == true;
            var deep = l.Depth == LesionDepth.Deep;
            var superficial = l.Depth == LesionDepth.Superficial;
            var under30 = l.DiameterMm < 30;
            var visible = l.VisibleOnImaging == true;
            anyNearVessel |= near;
            anyCriticalOrVessel |= near || l.AdjacentToCriticalStructure == true;
            anyGlissonean |= l.AbutsGlissoneanPedicle == true;
            anyInvisible |= l.VisibleOnImaging == false;
            anyDeep |= deep;
            anySuperficial |= superficial;
            anyUnder30 |= under30;
            allDeep &= deep;
            allSuperficial &= superficial;
            allVisible &= visible;
            allSuperficialOrUnder30 &= superficial || under30;
        }

        // Derived facts.
        var n = d.LesionCount;
        var largest = d.LargestDiameterMm;
        var under30All = d.AllLesionsUnder30Mm;
        var remnant = d.RemnantAdequate;
        var resectable = d.Resectable;
        var unresectable = !d.Resectable;
        var combined = d.CombinedPlanPattern;

        // Shared parts.
        var fitEcog02 = fitYes && ecog <= 2;
        var surgicalBase = pre && ehdOk && fitEcog02; // phase, extrahepatic disease, fitness and ECOG 0-2
        var alpps = surgicalBase && !remnant && r0Yes && (n >= 4 || d.BilobarDisease) && !combined;
        var resectionPlusSbrt = surgicalBase && r0No && remnant && n >= 2 && n < 5 && anySuperficial && !priorRadiation;
        var simultaneous = synchronousUnresected && fitYes && ecog <= 1 && allSuperficial && n < 3;
        var notResectableAlone = r0No || !remnant;

        // ablation.yaml
        fired[0] = pre && under30All && n < 3 && ehdOk; // ABL-001
        fired[1] = pre && under30All && n >= 3 && n < 5 && ehdOk; // ABL-002
        fired[2] = n >= 5; // ABL-003
        fired[3] = pre && n < 3 && under30All && allDeep && ehdOk; // ABL-004
        fired[4] = n > 0; // ABL-005
        fired[5] = ras && n > 0; // ABL-006
        fired[6] = anyNearVessel; // ABL-007
        fired[7] = anyCriticalOrVessel; // ABL-008
        fired[8] = pre && afterLocal && n > 0 && largest <= 30 && n < 5 && ehdOk; // ABL-009
        fired[9] = pre && unresectable && ehdOk && under30All && n < 5; // ABL-010
        fired[10] = pre && resectable && largest > 30; // ABL-011
        fired[11] = n > 0; // ABL-012
        fired[12] = surgicalBase && combined
            && (r0Yes || (r0No && remnant && n < 5 && allSuperficialOrUnder30)); // ABL-013

        // general.yaml
        fired[13] = ehd == ExtrahepaticDisease.Unresectable; // GEN-001
        fired[14] = pre; // GEN-002
        fired[15] = post; // GEN-003
        fired[16] = pre && resectable && d.ClinicalRiskScore >= 0; // GEN-004
        fired[17] = pre && resectable && n < 5 && fitEcog02; // GEN-005
        fired[18] = pre && unresectable && ehdOk; // GEN-006
        fired[19] = ecog >= 3; // GEN-007
        fired[20] = ecog == 3; // GEN-008
        fired[21] = ecog >= 4; // GEN-009

        // haic.yaml
        var unresectableLiverOnly = pre && unresectable && ehdNone && notIntolerant;
        fired[22] = unresectableLiverOnly && lines <= 1 && fitYes; // HAI-001
        fired[23] = unresectableLiverOnly && lines >= 1; // HAI-002
        fired[24] = post && ehdOk; // HAI-003

        // resection.yaml
        fired[25] = pre && resectable && n < 5; // RES-001
        fired[26] = r0No; // RES-002
        fired[27] = !remnant; // RES-003
        fired[28] = fitNo; // RES-004
        fired[29] = ecog >= 3; // RES-005
        fired[30] = n >= 5; // RES-006
        fired[31] = pre && resectable && n >= 5 && (response == TherapyResponse.Responding || response == TherapyResponse.Stable); // RES-007
        fired[32] = expertise == YesNo.Yes && allVisible; // RES-008
        fired[33] = expertise == YesNo.No; // RES-009
        fired[34] = n > 0; // RES-010
        fired[35] = ras; // RES-011
        fired[36] = braf; // RES-012
        fired[37] = ras || braf; // RES-013
        fired[38] = anyGlissonean; // RES-014
        fired[39] = n > 1; // RES-015
        fired[40] = anyNearVessel; // RES-016
        fired[41] = simultaneous; // RES-017
        fired[42] = synchronousUnresected && (ecog >= 2 || anyDeep || n >= 3); // RES-018
        fired[43] = pre && afterLocal && resectable; // RES-019
        fired[44] = anyInvisible; // RES-020
        fired[45] = resectable && combined; // RES-021 (its when spells out combinedPlanPattern)
        fired[46] = alpps; // RES-022
        fired[47] = parenchyma == Parenchyma.ChemotherapyInjury; // RES-023
        fired[48] = afterLocal; // RES-024
        fired[49] = simultaneous && expertise == YesNo.Yes; // RES-025
        fired[50] = pre && resectable && n >= 5 && response == TherapyResponse.Naive; // RES-026
        fired[51] = pre && n > 0; // RES-027
        fired[52] = surgicalBase && !remnant && r0Yes && combined; // RES-028
        fired[53] = alpps && anyUnder30; // RES-029
        fired[54] = surgicalBase && r0No && remnant && combined && n < 5 && allSuperficialOrUnder30; // RES-030
        fired[55] = resectionPlusSbrt; // RES-031

        // sbrt.yaml
        var preFewer5 = pre && n < 5 && ehdOk;
        fired[56] = preFewer5 && r0No; // SBR-001
        fired[57] = preFewer5 && fitNo; // SBR-002
        fired[58] = preFewer5 && largest > 30 && (r0No || fitNo); // SBR-003
        fired[59] = preFewer5 && anyNearVessel; // SBR-004
        fired[60] = n > 0 && largest <= 20; // SBR-005
        fired[61] = priorRadiation; // SBR-006
        fired[62] = parenchyma is Parenchyma.Cirrhosis or Parenchyma.ChemotherapyInjury; // SBR-007
        fired[63] = resectionPlusSbrt; // SBR-008 (the same condition as RES-031)
        fired[64] = preFewer5 && afterLocal && n > 0 && (r0No || fitNo || largest > 30); // SBR-009
        fired[65] = pre && largest > 50; // SBR-010

        // sirt.yaml
        fired[66] = pre && response == TherapyResponse.Naive; // SIR-001
        fired[67] = pre && refractory && ehdNone && notResectableAlone && !priorRadiation; // SIR-002
        fired[68] = pre && lines == 1 && response == TherapyResponse.Progressing && ehdOk && notResectableAlone && !priorRadiation; // SIR-003
        fired[69] = pre && !remnant && ehdNone && fitYes; // SIR-004
        fired[70] = priorRadiation; // SIR-005
        fired[71] = unresectable && ehdNone && lines >= 1 && notIntolerant; // SIR-006
        fired[72] = pre && priorRadiation && ehdOk
            && (refractory || (lines >= 1 && response == TherapyResponse.Progressing)) && notResectableAlone; // SIR-007
        fired[73] = pre && refractory && ehd == ExtrahepaticDisease.LimitedResectable && notResectableAlone && !priorRadiation; // SIR-008

        // tace.yaml
        fired[74] = pre && lines >= 1 && response == TherapyResponse.Progressing && ehdOk; // TAC-001
        fired[75] = pre && response == TherapyResponse.Intolerant && ehdOk; // TAC-002
        fired[76] = unresectableLiverOnly; // TAC-003
        fired[77] = pre && resectable && lines >= 1 && response == TherapyResponse.Responding; // TAC-004
        fired[78] = unresectableLiverOnly && fitYes; // TAC-005

        // trials.yaml
        fired[79] = post && p.PostoperativeCtDna == CtDnaStatus.Positive; // TRI-001
        fired[80] = pre && unresectable && lines >= 1 && (response == TherapyResponse.Progressing || refractory); // TRI-002

        var count = 0;
        for (var k = 0; k < fired.Length; k++)
        {
            count += fired[k] ? 1 : 0;
        }

        return count;
    }
}
