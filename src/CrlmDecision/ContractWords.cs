using CrlmDecision.Facts;

namespace CrlmDecision;

/// <summary>
/// The contract's words for its enums (e.g. <c>TreatmentOption.Sirt</c> is <c>sirt</c>, <c>Strength.NotAdvised</c>
/// is <c>not-advised</c>): the words facts files, reports and rule expressions use.
/// </summary>
public static class ContractWords
{
    /// <summary>The word for <paramref name="value"/>.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="value"/> is not a defined value.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words<TEnum>.Of(value);

    /// <summary>The value whose word is <paramref name="word"/> (case-sensitive); false when there is none.</summary>
    public static bool TryParse<TEnum>(string word, out TEnum value)
        where TEnum : struct, Enum => Words<TEnum>.TryParse(word, out value);

    /// <summary>Every word of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Words<TEnum>.All;
}
