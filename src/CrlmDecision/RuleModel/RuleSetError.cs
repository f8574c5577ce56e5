using System.Globalization;

namespace CrlmDecision.RuleModel;

/// <summary>One problem found while loading a rule set.</summary>
/// <param name="File">Path of the file inside the rule set, e.g. <c>rules/resection.yaml</c>.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file or set.</param>
/// <param name="RuleId">The rule or derived fact concerned, when there is one.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it, when known.</param>
/// <param name="IsWarning">A warning does not stop the load (e.g. a citation no rule uses).</param>
public sealed record RuleSetError(string File, int Line, string? RuleId, string Message, string? Hint = null, bool IsWarning = false)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;
        var rule = RuleId is null ? "" : $" [{RuleId}]";
        var hint = Hint is null ? "" : $" (fix: {Hint})";
        return $"{where}{rule}: {(IsWarning ? "warning: " : "")}{Message}{hint}";
    }
}
