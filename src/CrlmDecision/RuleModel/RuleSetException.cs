namespace CrlmDecision.RuleModel;

/// <summary>The rule set could not be loaded; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception for the rule set at <paramref name="location"/>.</summary>
    public RuleSetException(string location, IReadOnlyList<RuleSetError> errors)
        : base($"Rule set '{location}' cannot be used ({errors.Count(e => !e.IsWarning)} error(s)):\n" + string.Join('\n', errors.Select(e => "  " + e)))
    {
        Location = location;
        Errors = errors;
    }

    /// <summary>Directory or embedded name of the rule set.</summary>
    public string Location { get; }

    /// <summary>Every problem found, errors and warnings, in file order.</summary>
    public IReadOnlyList<RuleSetError> Errors { get; }
}
