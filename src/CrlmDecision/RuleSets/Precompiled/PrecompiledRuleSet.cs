using CrlmDecision.Evaluation;
using CrlmDecision.Expressions;

namespace CrlmDecision.RuleSets.Precompiled;

/// <summary>
/// The compiled parts of one rule set, written as C# ahead of time by <c>crlm rules precompile</c> from the
/// expressions the runtime compiler parsed and checked, so that ReadyToRun precompiles them and a load skips
/// parsing and compiling (ADR 0004). Used only for content whose SHA-256 is the one the source was written
/// from (the key it is listed under in <see cref="PrecompiledRuleSets"/>); any other content is compiled at
/// load as before.
/// </summary>
/// <param name="Facts">
/// The fact catalogue the fact masks were written against (<see cref="FactCatalog.Fingerprint"/>): the YAML's
/// hash does not cover the library's facts, whose order gives every mask its bits.
/// </param>
/// <param name="NewDerived">A new, empty derived-facts object.</param>
/// <param name="Derived">Derived facts in evaluation (dependency) order.</param>
/// <param name="Rules">Rules in rule-set order.</param>
/// <param name="KnownRules">The rules, <see cref="RuleSetCompiler.RulesPerMethod"/> to a method, in rule order.</param>
internal sealed record PrecompiledRuleSet(
    string Facts, Func<object> NewDerived, PrecompiledDerivedFact[] Derived, PrecompiledRule[] Rules, KnownRules[] KnownRules);

/// <summary>A derived fact's compiled parts (see <see cref="CompiledDerivedFact"/>).</summary>
internal sealed record PrecompiledDerivedFact(
    string Name, int Index, FactMask Needs, DerivedValue Value, Func<PatientView, object, object> Compute, Action<object, object> Store);

/// <summary>A rule's compiled parts (see <see cref="CompiledRule"/>).</summary>
internal sealed record PrecompiledRule(string Id, FactMask Needs, Condition Condition, Func<PatientView, object, bool> Test);

/// <summary>Short constructors for the generated source.</summary>
internal static class Precompile
{
    public static FactMask Mask(ulong low, ulong high) => new(low, high);

    public static LeafCondition Leaf(FactMask needs, Func<PatientView, object, bool> test) => new(needs, new(test));

    public static LesionCondition Lesions(bool all, FactMask lesionNeeds, FactMask otherNeeds, Func<LesionView, PatientView, object, bool> test) =>
        new(all, lesionNeeds, otherNeeds, new(test));

    public static AllCondition All(params Condition[] parts) => new(parts);

    public static AnyCondition Any(params Condition[] parts) => new(parts);

    public static NotCondition Not(Condition part) => new(part);

    public static ChoiceCondition Choice(Condition test, Condition whenTrue, Condition whenFalse) => new(test, whenTrue, whenFalse);

    public static ConditionValue Value(Condition condition) => new(condition);

    public static ChoiceValue Choice(Condition test, DerivedValue whenTrue, DerivedValue whenFalse) => new(test, whenTrue, whenFalse);

    public static PlainValue Plain(FactMask needs, Func<PatientView, object, object> compute) => new(needs, new(compute));
}

/// <summary>The precompiled rule sets this assembly carries, by content SHA-256.</summary>
internal static class PrecompiledRuleSets
{
    private static readonly (string Sha256, Func<PrecompiledRuleSet> Create)[] All =
    [
        (CrlmLocalTherapy_1_0_0.Sha256, CrlmLocalTherapy_1_0_0.Create),
    ];

    /// <summary>The precompiled parts of the content with this SHA-256, or null.</summary>
    public static PrecompiledRuleSet? Find(string sha256)
    {
        foreach (var (sha, create) in All)
        {
            if (string.Equals(sha, sha256, StringComparison.Ordinal))
            {
                return create();
            }
        }

        return null;
    }
}
