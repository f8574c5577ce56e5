namespace CrlmDecision.Facts;

/// <summary>Marks a text fact whose values are the contract words of <see cref="WordsOf"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class FactWordsAttribute(Type wordsOf) : Attribute
{
    /// <summary>The enum whose contract words the fact takes.</summary>
    public Type WordsOf { get; } = wordsOf;
}
