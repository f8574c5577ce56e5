namespace CrlmDecision.Facts;

/// <summary>A fact a rule expression can read: its contract path (e.g. <c>liver.lesions[].depth</c>) and bit index.</summary>
/// <param name="Path">Contract path; list items are written <c>[]</c>.</param>
/// <param name="Expression">How an expression reads it, e.g. <c>p.Liver.Lesions.Any(l => l.Depth == "deep")</c> for a lesion field.</param>
/// <param name="Type">The C# type an expression sees.</param>
/// <param name="Description">What it means and which values it takes.</param>
/// <param name="Words">The allowed words for a text fact; empty otherwise.</param>
/// <param name="Index">Its position in <see cref="FactCatalog.All"/> (and in the unknown flags the lowered conditions read).</param>
public sealed record FactPath(string Path, string Expression, Type Type, string Description, IReadOnlyList<string> Words, int Index);
