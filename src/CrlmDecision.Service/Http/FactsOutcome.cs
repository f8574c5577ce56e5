using CrlmDecision.Facts;

namespace CrlmDecision.Service.Http;

/// <summary>Invalid facts as an <see cref="OperationOutcome"/>: one issue per error, its field path as the expression.</summary>
internal static class FactsOutcome
{
    public static OperationOutcome Of(InvalidFactsException e, Func<string, string?>? origin = null) =>
        OperationOutcome.Errors(e.Errors.Select(error =>
        {
            var where = origin?.Invoke(error.Path);
            var diagnostics = where is null ? error.Format(e.Source) : $"{where}: {error.Path}: {error.Message}";
            return new OutcomeIssue("error", "invalid", diagnostics, error.Path.Length == 0 ? null : [where ?? error.Path]);
        }));
}
