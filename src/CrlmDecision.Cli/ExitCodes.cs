namespace CrlmDecision.Cli;

/// <summary>Process exit codes of <c>crlm</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int InvalidFacts = 2;
    public const int RuleSetError = 3;
}
