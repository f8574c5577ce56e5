using System.Text;
using CrlmDecision.Fhir.Tests.Support;

namespace CrlmDecision.Fhir.Tests.Reading;

/// <summary>Hostile or wrong input gives a FhirMappingException with a clear message, never another exception.</summary>
public sealed class FhirBundleReaderTests
{
    private const string Patient = """{"resourceType":"Patient","id":"p"}""";

    private static FhirMappingException Refused(string json) => Assert.Throws<FhirMappingException>(() => FhirBundleReader.Parse(json));

    [Fact]
    public void Parse_CheckedInBundle_ReadsEveryEntry() =>
        Assert.Equal(4, FhirBundleReader.Parse(Examples.BundleText("minimal-patient")).Entry.Count);

    [Fact]
    public void Parse_Depth10000_Refused()
    {
        var json = """{"resourceType":"Bundle","type":"collection","entry":""" + new string('[', 10_000) + new string(']', 10_000) + "}";

        Assert.Contains("levels of nesting", Refused(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneMegabyteString_Refused()
    {
        var json = """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"p","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">""" + new string('a', 1_000_000) + "</div>\"}}}]}";

        Assert.Contains("at most 262144", Refused(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeEntryArray_Refused()
    {
        var entries = string.Join(",", Enumerable.Repeat("""{"resource":{"resourceType":"Patient"}}""", 20_000));

        Assert.Contains("more than 10000 items", Refused("""{"resourceType":"Bundle","type":"collection","entry":[""" + entries + "]}").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooManyCharacters_Refused() =>
        Assert.Contains("characters", Assert.Throws<FhirMappingException>(() => FhirBundleReader.Parse(new string(' ', 100) + "{}", new FhirJsonLimits(50, 64, 10, 10))).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_NotABundle_RefusedNamingTheType() =>
        Assert.Contains("is a Patient, not a Bundle", Refused(Patient).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_WrongResourceType_Refused() =>
        Assert.Contains("Bundel", Refused("""{"resourceType":"Bundel","type":"collection"}""").Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_NoResourceType_Refused() =>
        Assert.Contains("no resourceType", Refused("""{"type":"collection"}""").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"resourceType\":\"Bundle\",")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"resourceType\":\"Bundle\"} trailing")]
    public void Parse_InvalidJson_Refused(string json) => Assert.NotEmpty(Refused(json).Errors);

    [Fact]
    public void Parse_UnknownElement_RefusedByFhirParser()
    {
        var exception = Refused("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"p","favouriteColour":"blue"}}]}""");

        Assert.Contains("favouriteColour", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongValueType_RefusedByFhirParser() =>
        Assert.NotEmpty(Refused("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation","id":"o","status":"final","code":{"text":"x"},"valueInteger":"one"}}]}""").Errors);

    [Fact]
    public void Parse_InvalidUtf16_Refused()
    {
        var json = new StringBuilder("""{"resourceType":"Bundle","type":"collection","id":" """).Append('\uD800').Append("\"}").ToString();

        Assert.NotEmpty(Refused(json).Errors);
    }
}
