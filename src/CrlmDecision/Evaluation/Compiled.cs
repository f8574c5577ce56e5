using System.Linq.Expressions;
using FastExpressionCompiler;

namespace CrlmDecision.Evaluation;

/// <summary>
/// A checked expression compiled on first use, or a delegate precompiled from it (<see cref="RuleSets.Precompiled"/>).
/// The parts of a rule's three-valued tree run only for a patient with an unknown fact the rule needs, so they
/// are compiled then rather than at load (where the whole rule is compiled once, two-valued). Thread-safe: a
/// race may compile twice, one result is kept; both are the same function of the same checked expression.
/// </summary>
internal sealed class Compiled<T>
    where T : Delegate
{
    private T? _delegate;

    public Compiled(Expression<T> lambda) => Lambda = lambda;

    /// <summary>A delegate compiled ahead of time from the same checked expression.</summary>
    public Compiled(T precompiled) => _delegate = precompiled;

    /// <summary>The checked expression; null for a precompiled delegate.</summary>
    public Expression<T>? Lambda { get; }

    public T Delegate => _delegate ?? LazyInitializer.EnsureInitialized(ref _delegate, () => Compile(Lambda!));

    /// <summary>FastExpressionCompiler, or the framework's compiler for what it does not support.</summary>
    public static T Compile(Expression<T> lambda) => lambda.CompileFast(ifFastFailedReturnNull: true) ?? lambda.Compile();
}
