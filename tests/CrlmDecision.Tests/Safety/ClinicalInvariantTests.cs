using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;
using CsCheck;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// The clinical invariants (docs/safety/invariants.md) over generated valid patients against the current
/// rule set; CsCheck prints the seed and the shrunk patient of any violation.
/// </summary>
public sealed class ClinicalInvariantTests
{
    /// <summary>Generated patients per property.</summary>
    public const int Patients = 2_500;

    private static readonly CrlmDecisionEngine Engine = SharedEngine.Current;

    [Fact]
    public void Recommend_GeneratedPatients_Deterministic() =>
        PatientGenerators.Patient.Sample(f => Holds(ClinicalInvariants.Deterministic(Engine, f)), iter: Patients, print: Describe);

    [Fact]
    public void Recommend_GeneratedPatients_SixOptionsEachWithAReason() =>
        PatientGenerators.Patient.Sample(f => Holds(ClinicalInvariants.SixOptionsWithReasons(Engine.Recommend(f))), iter: Patients, print: Describe);

    [Fact]
    public void Recommend_GeneratedPatients_EveryCitationResolves() =>
        PatientGenerators.Patient.Sample(f => Holds(ClinicalInvariants.CitationsResolve(Engine.Recommend(f))), iter: Patients, print: Describe);

    [Fact]
    public void Recommend_UncontrollableExtrahepaticDisease_NoLocalOptionRecommendedFirst() =>
        PatientGenerators.Patient.Select(f => f with { ExtrahepaticDisease = ExtrahepaticDisease.Unresectable })
            .Sample(f => Holds(ClinicalInvariants.ExtrahepaticDiseaseNotTreatedLocally(f, Engine.Recommend(f))), iter: Patients, print: Describe);

    [Fact]
    public void Recommend_UnfitPatient_ResectionNeverRecommended() =>
        Unfit.Sample(f => Holds(ClinicalInvariants.UnfitNotRecommendedResection(f, Engine.Recommend(f))), iter: Patients, print: Describe);

    [Fact]
    public void Recommend_SmallRemnantNormalLiver_ResectionOnlyWithPathway() =>
        SmallRemnant.Sample(f => Holds(ClinicalInvariants.SmallRemnantNeedsPathway(f, Engine.Recommend(f))), iter: Patients, print: Describe);

    [Fact]
    public void Recommend_R0NotFeasible_ResectionNeverRecommended() =>
        PatientGenerators.Patient.Select(f => f with { Liver = f.Liver with { R0ResectionFeasible = YesNo.No } })
            .Sample(f => Holds(ClinicalInvariants.R0NotFeasibleNotRecommended(f, Engine.Recommend(f))), iter: Patients, print: Describe);

    [Fact]
    public void Recommend_FactMadeUnknown_NeverFavourableWithoutMissingFact() =>
        Gen.Select(PatientGenerators.Patient, Gen.Int[0, Blurring.All.Count - 1]).Sample((f, which) =>
        {
            var (path, blur) = Blurring.All[which];
            return blur(f) is not { } blurred || Holds(ClinicalInvariants.UnknownNeverFavourable(Engine.Recommend(f), Engine.Recommend(blurred), path));
        }, iter: Patients, print: p => Describe(p.Item1) + " blurring " + Blurring.All[p.Item2].Path);

    [Fact]
    public void Recommend_LesionsRelabelledAndReordered_SameReport() =>
        Gen.Select(PatientGenerators.Patient, Gen.Int[0, int.MaxValue]).Sample((f, salt) =>
        {
            var lesions = f.Liver.Lesions.Select((l, i) => l with { Id = $"X{(salt + i) % 1000}" }).Reverse().ToArray();
            var shift = lesions.Length == 0 ? 0 : salt % lesions.Length;
            var relabelled = f with { Liver = f.Liver with { Lesions = [.. lesions.Skip(shift), .. lesions.Take(shift)] } };
            return Holds(ClinicalInvariants.LesionIdentityIrrelevant(Engine, f, relabelled));
        }, iter: Patients, print: p => Describe(p.Item1));

    [Fact]
    public void Invariants_BrokenRuleSet_ViolationCaught()
    {
        var broken = new CrlmDecisionEngine(RuleSet.Load(SharedEngine.Fixtures("RuleSets", "broken-resection")));

        var unfit = Assert.ThrowsAny<Exception>(() =>
            Unfit.Sample(f => ClinicalInvariants.UnfitNotRecommendedResection(f, broken.Recommend(f)) is null, iter: Patients, print: Describe));
        var r0 = Assert.ThrowsAny<Exception>(() =>
            PatientGenerators.Patient.Select(f => f with { Liver = f.Liver with { R0ResectionFeasible = YesNo.No } })
                .Sample(f => ClinicalInvariants.R0NotFeasibleNotRecommended(f, broken.Recommend(f)) is null, iter: Patients, print: Describe));

        Assert.Contains("seed", unfit.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("seed", r0.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static Gen<PatientFacts> Unfit { get; } = Gen.Select(PatientGenerators.Patient, Gen.Int[0, 2]).Select((f, kind) => kind switch
    {
        0 => f with { Ecog = 3 },
        1 => f with { Ecog = 4 },
        _ => f with { FitForMajorSurgery = YesNo.No },
    });

    private static Gen<PatientFacts> SmallRemnant { get; } = Gen.Select(PatientGenerators.Patient, Gen.Int[5, 29])
        .Select((f, remnant) => f with { Liver = f.Liver with { FutureLiverRemnantPercent = remnant, Parenchyma = Parenchyma.Normal } });

    // A violation is thrown with its description, so CsCheck's failure names what broke.
    private static bool Holds(string? violation) => violation is null ? true : throw new InvariantViolationException(violation);

    private static string Describe(PatientFacts facts) => System.Text.Json.JsonSerializer.Serialize(facts);
}
