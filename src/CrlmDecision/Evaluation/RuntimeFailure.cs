namespace CrlmDecision.Evaluation;

/// <summary>The exceptions a compiled condition can raise on valid facts (e.g. Max over no lesions): a rule failure, never a crash.</summary>
internal static class RuntimeFailure
{
    public static bool Is(Exception e) =>
        e is InvalidOperationException or ArithmeticException or IndexOutOfRangeException or ArgumentException or NullReferenceException;

    /// <summary>A culture-independent description (exception messages follow the host's UI culture).</summary>
    public static string Describe(Exception e) => e.GetType().Name;
}
