using System.Globalization;

namespace CrlmDecision.Facts;

/// <summary>One problem in a facts document: where (field path, and line/column for files) and what is allowed.</summary>
/// <param name="Path">Field path in the contract's names, e.g. <c>liver.lesions[1].diameterMm</c>; empty for the whole document.</param>
/// <param name="Line">1-based line in the source text; null for facts built in code.</param>
/// <param name="Column">1-based column in the source text; null for facts built in code.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record FactsError(string Path, int? Line, int? Column, string Message)
{
    /// <summary>The error as one line: <c>source:line:column: path: message</c>.</summary>
    public string Format(string? source)
    {
        var where = Line is null
            ? source ?? "facts"
            : string.Create(CultureInfo.InvariantCulture, $"{source ?? "facts"}:{Line}:{Column}");
        return Path.Length == 0 ? $"{where}: {Message}" : $"{where}: {Path}: {Message}";
    }
}
