using System.Collections.Concurrent;
using System.Linq.Expressions;
using CrlmDecision.Evaluation;
using CrlmDecision.Expressions;
using CrlmDecision.Reports;

namespace CrlmDecision.RuleSets;

/// <summary>A derived fact ready to evaluate.</summary>
/// <param name="Definition">As written.</param>
/// <param name="Index">Its bit in the unknown-facts mask.</param>
/// <param name="Needs">Facts and derived facts it reads.</param>
/// <param name="Value">How it is computed, three-valued where it is a condition or a choice.</param>
/// <param name="Compute">
/// The whole expression as one two-valued delegate, boxed: used when every fact it needs is known, where
/// three-valued logic gives the same value as C#.
/// </param>
/// <param name="Store">Stores a computed value on the derived-facts object.</param>
/// <param name="Body">The checked expression, as parsed (what <see cref="Precompiled"/> source is written from); null when precompiled.</param>
internal sealed record CompiledDerivedFact(
    DerivedFactDefinition Definition, int Index, FactMask Needs, DerivedValue Value,
    Func<PatientView, object, object> Compute, Action<object, object> Store, Expression? Body);

/// <summary>
/// A run of consecutive rules of a rule set in one compiled method: sets fired or not-fired for each of its
/// rules whose status is <see cref="EvaluationStatus.Pending"/> on entry, leaving the others as they are.
/// </summary>
internal delegate void KnownRules(PatientView view, object derived, RuleStatus[] statuses);

/// <summary>Statuses used only while evaluating.</summary>
internal static class EvaluationStatus
{
    /// <summary>Marks a rule for <see cref="KnownRules"/>: every fact it needs is known. Never in a report.</summary>
    public const RuleStatus Pending = (RuleStatus)(-1);
}

/// <summary>A rule ready to evaluate.</summary>
/// <param name="Definition">As written.</param>
/// <param name="Needs">Facts and derived facts it reads.</param>
/// <param name="Condition">The compiled condition, evaluated with three-valued logic when a fact it needs is unknown.</param>
/// <param name="Test">
/// The whole condition as one two-valued delegate (compiled on first use): where every fact it needs is known,
/// three-valued logic gives the same answer as C# (and the same guards: <c>&amp;&amp;</c> and <c>||</c>
/// short-circuit alike). The evaluator normally runs such rules 16 at a time (<see cref="KnownRules"/>) and
/// uses this one for the rules a failed method left pending, to name the rule that failed.
/// </param>
/// <param name="Body">
/// The checked condition, as parsed; <see cref="KnownRules"/> is compiled from all of them. Null when the rule set
/// is precompiled (its <see cref="KnownRules"/> come with it).
/// </param>
internal sealed record CompiledRule(RuleDefinition Definition, FactMask Needs, Condition Condition, Compiled<Func<PatientView, object, bool>> Test, Expression? Body)
{
    // Reports share these immutable parts instead of building them for every patient.

    /// <summary>The rule's sentence as the report shows it.</summary>
    public Statement Statement { get; } = new()
    {
        RuleId = Definition.Id,
        Text = Definition.Because,
        Evidence = Definition.Evidence,
        Section = Definition.Section,
        Citations = ReadOnly(Definition.Cite),
    };

    /// <summary>Trace entries for the statuses that carry no detail, indexed by <see cref="RuleStatus"/>.</summary>
    public RuleTrace[] Traces { get; } = Enum.GetValues<RuleStatus>().Select(s => new RuleTrace(Definition.Id, s, null)).ToArray();

    /// <summary>The details the rule sets, keys in ordinal order.</summary>
    public IReadOnlyDictionary<string, object> Details { get; } = new ArrayMap<object>(
        Definition.Details.Keys.Order(StringComparer.Ordinal).ToArray(),
        Definition.Details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value).ToArray());

    // A rule reads a handful of facts, so few sets of them can be missing; the sentences are remembered
    // (bounded, thread-safe, each a pure function of its key) instead of being rebuilt for every patient.
    private const int RememberedSentences = 64;
    private readonly ConcurrentDictionary<FactMask, Statement> _notEvaluable = new();
    private int _remembered; // counted here: ConcurrentDictionary.Count takes every lock

    /// <summary>The caution for this rule when <paramref name="missing"/> left it not evaluable.</summary>
    public Statement NotEvaluable(FactMask missing)
    {
        if (_notEvaluable.TryGetValue(missing, out var statement))
        {
            return statement;
        }

        var paths = new List<string>();
        foreach (var index in missing.Indices())
        {
            paths.Add(FactCatalog.All[index].Path);
        }

        statement = Caution("needs " + string.Join(", ", paths));
        if (Volatile.Read(ref _remembered) < RememberedSentences && _notEvaluable.TryAdd(missing, statement))
        {
            Interlocked.Increment(ref _remembered);
        }

        return statement;
    }

    /// <summary>The caution for this rule when it failed with <paramref name="error"/>.</summary>
    public Statement Failed(string error) => Caution($"rule failed ({error})");

    private Statement Caution(string why) => new()
    {
        RuleId = Definition.Id,
        Text = $"{(Definition.Effect == RuleEffect.AdviseAgainst ? "Could not rule out" : "Could not assess")}: {Definition.Title} ({why}).",
        Evidence = Definition.Evidence,
        Section = Definition.Section,
        Citations = Statement.Citations,
    };

    /// <summary>A list every report may share: a copy no caller can cast back to something writable.</summary>
    internal static IReadOnlyList<string> ReadOnly(IReadOnlyList<string> list) => Array.AsReadOnly(list.ToArray());
}
