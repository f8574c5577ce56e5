using CrlmDecision.Facts;

namespace CrlmDecision.Service.Http;

/// <summary>Invalid facts as an <see cref="OperationOutcome"/>: one issue per error, its field path as the expression.</summary>
internal static class FactsOutcome
{
    public static OperationOutcome Of(InvalidFactsException e) =>
        OperationOutcome.Errors(e.Errors.Select(error =>
            new OutcomeIssue("error", "invalid", error.Format(e.Source), error.Path.Length == 0 ? null : [error.Path])));
}
