namespace CrlmDecision.Cli.Batch;

/// <summary>One patient document of a cohort: where it came from and its text.</summary>
/// <param name="Sequence">0-based position in the input; output follows this order.</param>
/// <param name="Line">1-based line number for JSON Lines input, or null for a directory.</param>
/// <param name="File">File name (relative to the input directory), or null for JSON Lines input.</param>
/// <param name="Text">The facts document.</param>
/// <param name="Bytes">Its size in the input, for the progress bar.</param>
internal sealed record BatchItem(long Sequence, long? Line, string? File, string Text, long Bytes);
