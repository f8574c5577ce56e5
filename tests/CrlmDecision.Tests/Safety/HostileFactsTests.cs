using System.Diagnostics;
using CrlmDecision.Facts;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// Every malformed facts document is refused by the library with <see cref="InvalidFactsException"/> naming
/// the field path and line, and never with any other exception.
/// </summary>
public sealed class HostileFactsTests
{
    [Theory]
    [MemberData(nameof(HostileFacts.Files), MemberType = typeof(HostileFacts))]
    public void ReadFile_HostileDocument_RefusedWithFieldPathAndLine(string file, string path, int line)
    {
        var full = Path.Combine(HostileFacts.Folder, file);

        var refused = Assert.Throws<InvalidFactsException>(() => FactsReader.ReadFile(full));

        var expectedLine = HostileFacts.ExpectedLine(file, line);
        Assert.Contains(refused.Errors, e => e.Path == path && (expectedLine == HostileFacts.AnyLine ? e.Line >= 1 : e.Line == expectedLine));
    }

    [Theory]
    [MemberData(nameof(HostileFacts.Generated), MemberType = typeof(HostileFacts))]
    public void Read_GeneratedHostileDocument_RefusedFastNamingTheField(string name, string text)
    {
        var clock = Stopwatch.StartNew();

        var refused = Assert.Throws<InvalidFactsException>(() => FactsReader.Read(text, name));

        clock.Stop();
        Assert.Contains(refused.Errors, e => e.Path.StartsWith(HostileFacts.PathPrefixOf(name), StringComparison.Ordinal) && e.Line >= 1);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{name} took {clock.Elapsed}");
    }

    [Fact]
    public void Read_AliasBomb_RefusedWithoutExpansion()
    {
        var text = HostileFacts.Read("alias-bomb.yaml");
        // Warm up: JIT compilation of the reader is not the cost of the document.
        FactsReader.Read("schemaVersion: 1\nliver:\n  lesions:\n    - diameterMm: 20\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        Assert.Throws<InvalidFactsException>(() => FactsReader.Read(text));

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // Expanded, the bomb is 10^9 strings; refused at the first anchor it costs a few kilobytes.
        Assert.True(allocated < 1_000_000, $"allocated {allocated} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Validate_CentimetreLikeDiameters_NamesTheLesion()
    {
        var facts = new PatientFacts { Liver = new LiverFacts { Lesions = [new LesionFacts { DiameterMm = 3.5 }, new LesionFacts { DiameterMm = 1.8 }] } };

        var errors = FactsValidator.Validate(facts);

        Assert.Contains(errors, e => e.Path == "liver.lesions[0].diameterMm" && e.Message.Contains("centimetres", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3.0, 2.0)]
    [InlineData(24.5, 2.4)]
    public void Validate_WholeMillimetresOrOneLargeLesion_NoUnitError(double first, double second)
    {
        var facts = new PatientFacts { Liver = new LiverFacts { Lesions = [new LesionFacts { DiameterMm = first }, new LesionFacts { DiameterMm = second }] } };

        var errors = FactsValidator.Validate(facts);

        Assert.Empty(errors);
    }
}
