using CrlmDecision.Fhir.Tests.Support;

namespace CrlmDecision.Fhir.Tests.Reading;

/// <summary>Damaged copies of a real Bundle are read and mapped, or refused with a FhirMappingException; nothing else escapes.</summary>
public sealed class MangledInputTests
{
    private static readonly string Text = Examples.BundleText("flr22-r0-not-feasible");

    [Fact]
    public void ParseAndMap_TruncatedAnywhere_OnlyFhirMappingException()
    {
        for (var length = 0; length < Text.Length; length += 37)
        {
            AssertReadOrRefused(Text[..length]);
        }
    }

    [Fact]
    public void ParseAndMap_CharacterReplaced_OnlyFhirMappingException()
    {
        char[] replacements = ['"', '{', ']', '0', '-', ' ', 'x', '\\', ':'];
        for (var i = 0; i < Text.Length; i += 53)
        {
            var chars = Text.ToCharArray();
            chars[i] = replacements[i % replacements.Length];
            AssertReadOrRefused(new string(chars));
        }
    }

    [Fact]
    public void ParseAndMap_DigitsChanged_OnlyFhirMappingException()
    {
        for (var i = Text.IndexOf('"', StringComparison.Ordinal); i >= 0 && i < Text.Length; i = Text.IndexOf("\"value", i + 1, StringComparison.Ordinal))
        {
            var colon = Text.IndexOf(':', i);
            AssertReadOrRefused(string.Concat(Text.AsSpan(0, colon + 1), " -1e999", Text.AsSpan(colon + 1)));
        }
    }

    private static void AssertReadOrRefused(string json)
    {
        try
        {
            FhirFactsMapper.Map(FhirBundleReader.Parse(json));
        }
        catch (FhirMappingException e)
        {
            Assert.NotEmpty(e.Errors);
        }
    }
}
