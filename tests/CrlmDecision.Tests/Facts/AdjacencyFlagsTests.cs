using CrlmDecision.Facts;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Facts;

/// <summary>
/// Facts revision 1.1: adjacentToBileDuct and adjacentToBowel split the umbrella adjacentToCriticalStructure,
/// which stays and is still read. What rules see follows the umbrella; an absent flag is never a default.
/// </summary>
public sealed class AdjacencyFlagsTests
{
    private static readonly int Critical = FactCatalog.IndexOf("liver.lesions[].adjacentToCriticalStructure");
    private static readonly int BileDuct = FactCatalog.IndexOf("liver.lesions[].adjacentToBileDuct");
    private static readonly int Bowel = FactCatalog.IndexOf("liver.lesions[].adjacentToBowel");

    [Fact]
    public void Read_NewFlags_ReadFromTheLesion()
    {
        var facts = FactsReader.Read(TestFacts.Replace("adjacentToCriticalStructure:", "adjacentToCriticalStructure: true\n      adjacentToBileDuct: true\n      adjacentToBowel: false"));

        var lesion = facts.Liver.Lesions[0];
        Assert.True(lesion.AdjacentToCriticalStructure);
        Assert.True(lesion.AdjacentToBileDuct);
        Assert.False(lesion.AdjacentToBowel);
    }

    [Fact]
    public void Read_OldDocument_NewFlagsAbsentAndUmbrellaAsBefore()
    {
        var lesion = TestFacts.Valid().Liver.Lesions[0];

        Assert.False(lesion.AdjacentToCriticalStructure);
        Assert.Null(lesion.AdjacentToBileDuct);
        Assert.Null(lesion.AdjacentToBowel);
    }

    [Theory]
    // umbrella, bile duct, bowel given -> umbrella, bile duct, bowel as rules see them (null = unknown)
    [InlineData(false, null, null, false, false, false)] // umbrella false: neither, both read false
    [InlineData(false, false, null, false, false, false)]
    [InlineData(null, true, null, true, true, null)] // a new flag true implies the umbrella; the other stays unknown
    [InlineData(null, null, true, true, null, true)]
    [InlineData(null, false, false, null, false, false)] // neither of the two: the umbrella (diaphragm, heart ...) unknown
    [InlineData(null, null, null, null, null, null)] // nothing given: all unknown, never a default
    [InlineData(true, null, null, true, null, null)] // the umbrella true: which structure is unknown
    [InlineData(true, false, true, true, false, true)]
    public void Build_UmbrellaAndNewFlags_ReadConsistentlyWithUnknowns(
        bool? umbrella, bool? bileDuct, bool? bowel, bool? seenUmbrella, bool? seenBileDuct, bool? seenBowel)
    {
        var facts = WithLesion(new LesionFacts { DiameterMm = 20, AdjacentToCriticalStructure = umbrella, AdjacentToBileDuct = bileDuct, AdjacentToBowel = bowel });
        Assert.Empty(FactsValidator.Validate(facts));

        var view = PatientViewBuilder.Build(facts);
        var lesion = view.Liver.Lesions[0];

        Assert.Equal(seenUmbrella, Seen(lesion.AdjacentToCriticalStructure, lesion.Unknown[Critical]));
        Assert.Equal(seenBileDuct, Seen(lesion.AdjacentToBileDuct, lesion.Unknown[BileDuct]));
        Assert.Equal(seenBowel, Seen(lesion.AdjacentToBowel, lesion.Unknown[Bowel]));
        Assert.Equal(seenBileDuct is null, view.Unknown[BileDuct]);
        Assert.Equal(seenBowel is null, view.Unknown[Bowel]);
    }

    [Theory]
    [InlineData("adjacentToBileDuct")]
    [InlineData("adjacentToBowel")]
    public void Read_NewFlagTrueWithUmbrellaFalse_RefusedNamingBothFieldsAndLine(string flag)
    {
        var yaml = TestFacts.Replace("adjacentToCriticalStructure:", $"adjacentToCriticalStructure: false\n      {flag}: true");

        var error = Assert.Single(Assert.Throws<InvalidFactsException>(() => FactsReader.Read(yaml, "f.yaml")).Errors);

        Assert.Equal($"liver.lesions[0].{flag}", error.Path);
        Assert.Equal(TestFacts.LineOf(yaml, flag + ":"), error.Line);
        Assert.Contains("liver.lesions[0].adjacentToCriticalStructure is false", error.Message, StringComparison.Ordinal);
        Assert.Contains("write adjacentToCriticalStructure: true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NewFlagTrueWithUmbrellaFalseInCode_Refused()
    {
        var facts = WithLesion(new LesionFacts { AdjacentToCriticalStructure = false, AdjacentToBowel = true });

        Assert.Contains(FactsValidator.Validate(facts), e => e.Path == "liver.lesions[0].adjacentToBowel" && e.Line is null);
    }

    [Fact]
    public void Catalog_NewFlags_AreLesionFactsWithDescriptions()
    {
        var bileDuct = FactCatalog.All.Single(f => f.Path == "liver.lesions[].adjacentToBileDuct");
        var bowel = FactCatalog.All.Single(f => f.Path == "liver.lesions[].adjacentToBowel");

        Assert.Equal("l.AdjacentToBileDuct", bileDuct.Expression);
        Assert.Equal("l.AdjacentToBowel", bowel.Expression);
        Assert.Contains("bile duct", bileDuct.Description, StringComparison.Ordinal);
        Assert.Contains("bowel", bowel.Description, StringComparison.Ordinal);
    }

    private static bool? Seen(bool value, bool unknown) => unknown ? null : value;

    private static PatientFacts WithLesion(LesionFacts lesion) => TestFacts.Valid() with { Liver = TestFacts.Valid().Liver with { Lesions = [lesion] } };
}
