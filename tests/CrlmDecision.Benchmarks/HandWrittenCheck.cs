using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrlmDecision.Cli.Batch;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The <c>handwritten-check</c> mode: shows that <see cref="HandWritten"/> does the library's work, rule for
/// rule and derived fact for derived fact, on the benchmark patients and on generated ones.
/// </summary>
public static class HandWrittenCheck
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly TreatmentOption[] AllOptions = Enum.GetValues<TreatmentOption>();

    /// <summary>
    /// Whether the report can be compared with the two-valued hand-written conditions: no rule is not
    /// evaluable or in error; and, since suppression also covers a suppressed rule that was not evaluable
    /// (e.g. SIR-001 with an unknown response while SIR-004 fires), a report with a suppressed rule only
    /// when every fact is known.
    /// </summary>
    // The benchmark's "same work" row must give the very report Recommend gives (for a patient with every fact known).
    private static string? SameReport(RecommendationReport expected, RecommendationReport? handWritten, ref int compared)
    {
        if (handWritten is null)
        {
            return null;
        }

        compared++;
        return ReportJson.Serialize(handWritten) == ReportJson.Serialize(expected) ? null : "the hand-written report's JSON differs from Recommend's";
    }

    public static bool Comparable(PatientFacts facts, RecommendationReport report)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(report);
        var suppressed = false;
        foreach (var rule in report.Rules)
        {
            if (rule.Status is RuleStatus.NotEvaluable or RuleStatus.Error)
            {
                return false;
            }

            suppressed |= rule.Status == RuleStatus.Suppressed;
        }

        return !suppressed || FullyKnown(facts);
    }

    /// <summary>Every fact is known (no null, no unknown or not-tested word, a centre with its options).</summary>
    public static bool FullyKnown(PatientFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        foreach (var l in f.Liver.Lesions)
        {
            if (l.DiameterMm is null || l.Segment is null || l.Depth == LesionDepth.Unknown || l.NearMajorVessel is null
                || l.AbutsGlissoneanPedicle is null || l.AdjacentToCriticalStructure is null || l.VisibleOnImaging is null)
            {
                return false;
            }
        }

        return f.Ecog is not null && f.FitForMajorSurgery != YesNo.Unknown
            && f.PrimaryTumor.Location != PrimaryLocation.Unknown && f.PrimaryTumor.Resected is not null
            && f.PrimaryTumor.NodePositive != YesNo.Unknown && f.PrimaryTumor.Timing != MetastasisTiming.Unknown
            && f.Molecular.Ras != RasStatus.Unknown && f.Molecular.Braf != BrafStatus.Unknown && f.Molecular.Msi != MsiStatus.Unknown
            && f.Liver.FutureLiverRemnantPercent is not null && f.Liver.Parenchyma != Parenchyma.Unknown
            && f.Liver.R0ResectionFeasible != YesNo.Unknown && f.ExtrahepaticDisease != ExtrahepaticDisease.Unknown
            && f.CeaNgPerMl is not null && f.DiseaseFreeIntervalMonths is not null
            && f.Recurrence.AfterLocalLiverTherapy is not null && f.Recurrence.PriorLiverRadiation is not null
            && f.SystemicTherapy.LinesReceived is not null && f.SystemicTherapy.Response != TherapyResponse.Unknown
            && f.SystemicTherapy.Refractory is not null && f.PostoperativeCtDna != CtDnaStatus.NotTested
            && f.Centre is { LaparoscopicLiverExpertise: not YesNo.Unknown, Available: not null };
    }

    /// <summary>The first rule where the hand-written conditions and the report disagree, or null.</summary>
    public static string? FirstRuleDisagreement(RecommendationReport report, ReadOnlySpan<bool> fired)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Rules.Count != fired.Length)
        {
            return $"the report has {report.Rules.Count} rules, the hand-written code {fired.Length}";
        }

        for (var i = 0; i < fired.Length; i++)
        {
            var rule = report.Rules[i];
            var library = rule.Status is RuleStatus.Fired or RuleStatus.Suppressed;
            if (rule.RuleId != HandWritten.RuleIds[i] || library != fired[i])
            {
                return $"rule {i} {rule.RuleId} (hand-written {HandWritten.RuleIds[i]}): library {Word(rule.Status)}, hand-written {(fired[i] ? "fired" : "not-fired")}";
            }
        }

        return null;
    }

    /// <summary>The first derived fact that the report knows and the hand-written code computes differently, or null.</summary>
    public static string? FirstDerivedDisagreement(RecommendationReport report, HandWritten.Derived d, ref int compared)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Derived.Count != 8)
        {
            return $"the report has {report.Derived.Count} derived facts, the hand-written code 8";
        }

        foreach (var (name, value) in report.Derived)
        {
            if (value is null)
            {
                continue; // unknown in the report: the hand-written value is a placeholder
            }

            object mine = name switch
            {
                "lesionCount" => d.LesionCount,
                "largestDiameterMm" => d.LargestDiameterMm,
                "allLesionsUnder30Mm" => d.AllLesionsUnder30Mm,
                "remnantAdequate" => d.RemnantAdequate,
                "resectability" => d.Resectable ? "resectable" : "unresectable",
                "clinicalRiskScore" => d.ClinicalRiskScore,
                "bilobarDisease" => d.BilobarDisease,
                "combinedPlanPattern" => d.CombinedPlanPattern,
                _ => $"(no hand-written derived fact {name})",
            };
            var same = (mine, value) switch
            {
                (int a, _) when value is int or long or double => a == Convert.ToDouble(value, CultureInfo.InvariantCulture),
                (double a, _) when value is int or long or double => a.Equals(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
                _ => mine.Equals(value),
            };
            compared++;
            if (!same)
            {
                return $"derived {name}: library {Format(value)} ({value.GetType().Name}), hand-written {Format(mine)}";
            }
        }

        return null;
    }

    /// <summary>handwritten-check [generated] [seed]: exit code 0 when everything agrees and every rule both fired and did not.</summary>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var generated = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 11;
        var synthetic = generated / 4;
        var engine = new CrlmDecisionEngine(RuleSet.LoadEmbedded());
        var handWrittenReport = new HandWrittenReport(engine.RuleSet);
        var reportsCompared = 0;

        var first = engine.Recommend(Patients.All.Values.First());
        var ids = first.Rules.Select(r => r.RuleId).ToArray();
        if (!ids.SequenceEqual(HandWritten.RuleIds) || HandWritten.RuleIds.Length != HandWritten.ConditionCount)
        {
            Console.WriteLine($"rule order differs: report {ids.Length} rules [{string.Join(' ', ids)}], hand-written {HandWritten.RuleIds.Length} [{string.Join(' ', HandWritten.RuleIds)}]");
            return 1;
        }

        Console.WriteLine($"rule order: the {ids.Length} hand-written ids equal report.Rules in order ({ids[0]} .. {ids[^1]})");

        var cohort = Patients.All.Values.Select(p => (Source: "benchmark " + p.PatientId, Facts: p))
            .Concat(Enumerable.Range(0, generated).Select(i => (Source: $"generated {i} (seed {seed})", Facts: Generate(i, seed))))
            .Concat(Enumerable.Range(0, synthetic).Select(i => (Source: $"SyntheticCohort {i}", Facts: SyntheticCohort.Patient(i))));

        var fired = new bool[HandWritten.ConditionCount];
        var firedCount = new int[HandWritten.ConditionCount];
        int total = 0, fullyKnown = 0, compared = 0, comparedFullyKnown = 0, notEvaluable = 0, suppressedWithUnknowns = 0, derivedCompared = 0;
        foreach (var (source, facts) in cohort)
        {
            total++;
            var known = FullyKnown(facts);
            fullyKnown += known ? 1 : 0;
            var report = engine.Recommend(facts);
            if (!Comparable(facts, report))
            {
                if (report.Rules.Any(r => r.Status is RuleStatus.NotEvaluable or RuleStatus.Error))
                {
                    notEvaluable++;
                }
                else
                {
                    suppressedWithUnknowns++;
                }

                continue;
            }

            compared++;
            comparedFullyKnown += known ? 1 : 0;
            var d = HandWritten.DerivedOf(facts);
            var count = HandWritten.Conditions(facts, d, fired);
            var disagreement = FirstDerivedDisagreement(report, d, ref derivedCompared)
                ?? FirstRuleDisagreement(report, fired)
                ?? (count == fired.Count(f => f) ? null : $"Conditions returned {count}, {fired.Count(f => f)} hold")
                ?? SameReport(report, known ? handWrittenReport.Recommend(facts) : null, ref reportsCompared);
            if (disagreement is not null)
            {
                Console.WriteLine($"DISAGREEMENT after {compared} agreeing patients: {source}: {disagreement}");
                Console.WriteLine("facts: " + JsonSerializer.Serialize(facts, Json));
                return 1;
            }

            for (var i = 0; i < fired.Length; i++)
            {
                firedCount[i] += fired[i] ? 1 : 0;
            }
        }

        Console.WriteLine($"patients: {total} ({Patients.All.Count} benchmark, {generated} generated with seed {seed}, {synthetic} SyntheticCohort), {fullyKnown} with every fact known");
        Console.WriteLine($"compared: {compared} ({comparedFullyKnown} with every fact known); skipped {notEvaluable} with a rule not evaluable or in error, {suppressedWithUnknowns} with a suppressed rule and an unknown fact");
        Console.WriteLine($"derived values compared: {derivedCompared}; disagreements: 0");
        Console.WriteLine($"whole reports (HandWrittenReport vs Recommend, JSON) compared: {reportsCompared}, all identical");
        Console.WriteLine("fired / compared, per rule:");
        for (var i = 0; i < firedCount.Length; i++)
        {
            Console.Write($"{HandWritten.RuleIds[i]} {firedCount[i],6}{(i % 6 == 5 || i == firedCount.Length - 1 ? Environment.NewLine : "   ")}");
        }

        var never = HandWritten.RuleIds.Where((_, i) => firedCount[i] == 0).ToArray();
        var always = HandWritten.RuleIds.Where((_, i) => firedCount[i] == compared).ToArray();
        Console.WriteLine($"fewest fired: {string.Join(", ", Enumerable.Range(0, firedCount.Length).OrderBy(i => firedCount[i]).Take(5).Select(i => $"{HandWritten.RuleIds[i]} {firedCount[i]}"))}");
        Console.WriteLine($"fewest not fired: {string.Join(", ", Enumerable.Range(0, firedCount.Length).OrderByDescending(i => firedCount[i]).Take(5).Select(i => $"{HandWritten.RuleIds[i]} {compared - firedCount[i]}"))}");
        if (never.Length > 0 || always.Length > 0)
        {
            Console.WriteLine($"not covered: never fired [{string.Join(' ', never)}], always fired [{string.Join(' ', always)}]");
            return 1;
        }

        Console.WriteLine($"every one of the {firedCount.Length} rules fired at least once and did not fire at least once");
        return 0;
    }

    /// <summary>
    /// Generated patient <paramref name="index"/>: three in four have every fact known, the others a few
    /// unknown facts. Ranges and boundaries are chosen so that every rule both fires and does not.
    /// </summary>
    public static PatientFacts Generate(int index, int seed)
    {
#pragma warning disable CA5394 // Not security-relevant: reproducible test data.
        var random = new Random(unchecked((seed * 1_000_003) ^ (index * 7919)));
        T Pick<T>(params T[] values) => values[random.Next(values.Length)];
        bool Chance(double p) => random.NextDouble() < p;
        var unknownRate = index % 4 == 3 ? 0.04 : 0.0;
        bool Unknown() => unknownRate > 0 && Chance(unknownRate);
        T Word<T>(T unknown, params T[] known) => Unknown() ? unknown : Pick(known);
        bool? Flag(double p) => Unknown() ? null : Chance(p);

        var post = Chance(0.1);
        var lesionCount = post ? 0 : Pick(1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 8);
        var lesions = new LesionFacts[lesionCount];
        for (var i = 0; i < lesionCount; i++)
        {
            double diameter = random.Next(10) switch
            {
                < 5 => random.Next(5, 30),
                < 8 => random.Next(30, 61),
                8 => Pick(20, 29, 30, 31, 50, 51),
                _ => random.Next(50, 121),
            };
            lesions[i] = new LesionFacts
            {
                Id = "L" + (i + 1).ToString(CultureInfo.InvariantCulture),
                DiameterMm = Unknown() ? null : diameter,
                Segment = Unknown() ? null : random.Next(1, 9),
                Depth = Word(LesionDepth.Unknown, LesionDepth.Superficial, LesionDepth.Deep),
                NearMajorVessel = Flag(0.2),
                AbutsGlissoneanPedicle = Flag(0.1),
                AdjacentToCriticalStructure = Flag(0.1),
                VisibleOnImaging = Flag(0.92),
            };
        }

        return new PatientFacts
        {
            PatientId = "check-" + index.ToString(CultureInfo.InvariantCulture),
            Phase = post ? Phase.PostHepatectomy : Phase.PreTreatment,
            Ecog = Unknown() ? null : Pick(0, 0, 0, 1, 1, 1, 2, 2, 3, 4),
            FitForMajorSurgery = Word(YesNo.Unknown, YesNo.Yes, YesNo.Yes, YesNo.No),
            PrimaryTumor = new PrimaryTumorFacts
            {
                Location = Word(PrimaryLocation.Unknown, PrimaryLocation.LeftColon, PrimaryLocation.RightColon, PrimaryLocation.Rectum),
                Resected = Flag(0.6),
                NodePositive = Word(YesNo.Unknown, YesNo.Yes, YesNo.No),
                Timing = Word(MetastasisTiming.Unknown, MetastasisTiming.Synchronous, MetastasisTiming.Metachronous),
            },
            Molecular = new MolecularFacts
            {
                Ras = Word(RasStatus.Unknown, RasStatus.WildType, RasStatus.Mutant),
                Braf = Word(BrafStatus.Unknown, BrafStatus.WildType, BrafStatus.WildType, BrafStatus.V600E),
                Msi = Word(MsiStatus.Unknown, MsiStatus.Mss, MsiStatus.MsiHigh),
            },
            Liver = new LiverFacts
            {
                Lesions = lesions,
                FutureLiverRemnantPercent = Unknown() ? null : Chance(0.1) ? Pick(30.0, 40.0) : random.Next(15, 86),
                Parenchyma = Word(Parenchyma.Unknown, Parenchyma.Normal, Parenchyma.Normal, Parenchyma.Steatosis, Parenchyma.ChemotherapyInjury, Parenchyma.Cirrhosis),
                R0ResectionFeasible = Word(YesNo.Unknown, YesNo.Yes, YesNo.Yes, YesNo.No),
            },
            ExtrahepaticDisease = Word(ExtrahepaticDisease.Unknown, ExtrahepaticDisease.None, ExtrahepaticDisease.None, ExtrahepaticDisease.LimitedResectable, ExtrahepaticDisease.Unresectable),
            CeaNgPerMl = Unknown() ? null : Chance(0.05) ? 200 : Math.Round(random.NextDouble() * 400, 1),
            DiseaseFreeIntervalMonths = Unknown() ? null : Chance(0.05) ? 12 : random.Next(0, 49),
            Recurrence = new RecurrenceFacts { AfterLocalLiverTherapy = Flag(0.25), PriorLiverRadiation = Flag(0.15) },
            SystemicTherapy = new SystemicTherapyFacts
            {
                LinesReceived = Unknown() ? null : Pick(0, 0, 1, 1, 1, 2, 3),
                Response = Word(TherapyResponse.Unknown, TherapyResponse.Naive, TherapyResponse.Responding, TherapyResponse.Stable, TherapyResponse.Progressing, TherapyResponse.Intolerant),
                Refractory = Flag(0.25),
            },
            PostoperativeCtDna = Word(CtDnaStatus.NotTested, CtDnaStatus.Positive, CtDnaStatus.Negative),
            Centre = Unknown() ? null : new CentreFacts { LaparoscopicLiverExpertise = Word(YesNo.Unknown, YesNo.Yes, YesNo.No), Available = AllOptions },
        };
#pragma warning restore CA5394
    }

    private static string Word(RuleStatus status) => status switch
    {
        RuleStatus.Fired => "fired",
        RuleStatus.NotFired => "not-fired",
        RuleStatus.NotEvaluable => "not-evaluable",
        RuleStatus.Error => "error",
        _ => "suppressed",
    };

    private static string Format(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
}
