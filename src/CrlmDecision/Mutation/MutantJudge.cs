using System.Globalization;
using System.Text.RegularExpressions;
using CrlmDecision.Compilation;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CrlmDecision.RuleModel;
using CrlmDecision.Scenarios;

namespace CrlmDecision.Mutation;

/// <summary>
/// Judges one wrong edit: reads the edited copy of the files (YAML, ids, citations), compiles what the edit can
/// change, runs the scenarios and compares each answer (<see cref="Answer"/>) with the unedited rule set's.
/// </summary>
/// <remarks>
/// What is shared, and why the answer is the one the whole edited rule set gives (a test compares both):
/// <list type="bullet">
/// <item>An edit of a rule's condition compiles that rule alone with the derived facts it reads (a rule reads the
/// patient, the verdicts and derived facts, never another rule's outcome). A scenario where the rule's outcome is
/// the unedited one cannot change and is not ranked again; otherwise every other rule keeps its unedited outcome and
/// suppression and ranking run as always.</item>
/// <item>An edit of an effect or a <c>suppresses</c> list changes no expression, so the unedited network and its
/// outcomes are shared; suppression and ranking run with the edited rules.</item>
/// <item>An edit of a derived fact can change every rule that reads it: the whole edited rule set is compiled.</item>
/// </list>
/// </remarks>
internal sealed partial class MutantJudge
{
    private readonly RuleSet _original;
    private readonly IReadOnlyList<RuleSetFile> _unsealed;
    private readonly (string Name, PatientFacts Facts, IReadOnlyList<FactWarning> Warnings)[] _patients;
    private readonly EvaluationResult[] _outcomes;
    private readonly string[] _expected;

    public MutantJudge(RuleSet original, IReadOnlyList<RuleSetFile> files, IReadOnlyList<Scenario> scenarios)
    {
        _original = original;
        _unsealed = files.Select(f => f.Path == RuleSetFile.Manifest ? f with { Text = Seal().Replace(f.Text, "") } : f).ToArray();
        _patients = scenarios.Select(s => s.Document.Checked() is var (facts, warnings) ? (s.Name, facts, warnings) : default).ToArray();
        _outcomes = _patients.Select(p => Evaluator.Run(original.Compiled, p.Facts)).ToArray();
        _expected = _patients.Select(p => Answer.Of(Report(original, p, Evaluator.Evaluate(original.Compiled, p.Facts)))).ToArray();
    }

    public Mutant Judge(MutantEdit edit)
    {
        var mutant = edit.Mutant;
        if (edit.Comparison is { IsEquivalent: true, Range: { } range } comparison)
        {
            return mutant with
            {
                Status = MutantStatus.Equivalent,
                Because = string.Create(CultureInfo.InvariantCulture, $"{comparison.Fact} is allowed from {range.Min} to {range.Max} ({range.Noun}): no such value tells them apart"),
            };
        }

        var problems = new List<RuleSetError>();
        var location = $"{_original.Location} with {mutant.RuleId}: {mutant.Edit}";
        var definition = RuleSetLoader.Load(edit.Apply(_unsealed), location, problems);
        var position = definition?.Rules.Select((r, i) => (r.Id, i)).FirstOrDefault(r => r.Id == mutant.RuleId).i ?? -1;
        var compiled = definition is null || problems.Any(p => !p.IsWarning) ? null
            : mutant.IsDerivedFact ? CompiledRuleSet.Compile(definition, problems)
            : mutant.Kind is MutationKind.Effect or MutationKind.Suppression ? _original.Compiled.Sharing(definition, _original.Definition)
            : CompiledRuleSet.Compile(definition, problems, onlyRule: position);
        if (compiled is null || problems.Any(p => !p.IsWarning))
        {
            return mutant with { Status = MutantStatus.Invalid, Because = problems.FirstOrDefault(p => !p.IsWarning)?.Message };
        }

        var edited = new RuleSet(definition!, compiled, problems);
        for (var i = 0; i < _patients.Length; i++)
        {
            if (Outcome(edited, mutant, position, i) is { } outcome && Answer.Of(Report(edited, _patients[i], outcome)) != _expected[i])
            {
                return mutant with { Status = MutantStatus.Caught, Because = _patients[i].Name };
            }
        }

        return mutant with { Status = MutantStatus.Survived };
    }

    // The edited rule set's outcomes for patient i, suppression applied; null when they are provably the unedited ones.
    private EvaluationResult? Outcome(RuleSet edited, Mutant mutant, int position, int i)
    {
        if (mutant.IsDerivedFact)
        {
            return Evaluator.Evaluate(edited.Compiled, _patients[i].Facts);
        }

        var outcome = _outcomes[i].With();
        if (mutant.Kind is not (MutationKind.Effect or MutationKind.Suppression))
        {
            var rule = Evaluator.Run(edited.Compiled, _patients[i].Facts);
            if (rule.SameOutcome(position, _outcomes[i]))
            {
                return null;
            }

            outcome = _outcomes[i].With(position, rule);
        }

        Evaluator.Suppress(edited.Compiled, outcome.Statuses);
        return outcome;
    }

    // The report without the what-if: the decisive facts it adds are not compared (ADR 0009), so they are not computed.
    private static RecommendationReport Report(RuleSet ruleSet, (string Name, PatientFacts Facts, IReadOnlyList<FactWarning> Warnings) patient, EvaluationResult outcome) =>
        Ranker.Rank(ruleSet.Parts, patient.Facts, patient.Warnings, outcome, []);

    [GeneratedRegex(@"(?m)^contentSha256:.*\r?\n?")]
    private static partial Regex Seal();
}
