using System.Diagnostics;
using CrlmDecision.Facts;
using CrlmDecision.Reports;
using CsCheck;
using Xunit.Abstractions;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// Generative fuzzing of the facts reader: mutated valid documents are either refused with
/// <see cref="InvalidFactsException"/> or read and evaluated; any other exception, or an input that takes
/// more than five seconds (a hang), fails. CsCheck prints the seed of a failing input.
/// </summary>
public sealed class FactsFuzzTests(ITestOutputHelper output)
{
    /// <summary>Inputs per run: bounded so the suite stays fast; recorded in docs/safety/invariants.md.</summary>
    private const int Inputs = 30_000;

    private static readonly string[] Seeds = Directory.GetFiles(SharedEngine.Fixtures("FuzzSeeds")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Fact]
    public async Task Read_MutatedDocuments_OnlyInvalidFactsExceptionAndNoHang()
    {
        var engine = SharedEngine.Current;
        var (tried, refused, slowest) = (0, 0, 0L);
        var documents = DocumentMutations.Of(Gen.OneOf(Seeds));

        var run = Task.Run(() => documents.Sample(text =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var facts = FactsReader.Read(text, "fuzz");
                _ = ReportJson.Serialize(engine.Recommend(facts));
            }
            catch (InvalidFactsException e) when (e.Errors.Count > 0 && e.Errors.All(x => x.Line is null or >= 1))
            {
                Interlocked.Increment(ref refused);
            }

            var ms = clock.ElapsedMilliseconds;
            Interlocked.Increment(ref tried);
            InterlockedMax(ref slowest, ms);
            if (ms > 5_000)
            {
                throw new TimeoutException($"one input took {ms} ms");
            }
        }, iter: Inputs, print: t => t.Length > 2_000 ? t[..2_000] + "..." : t));

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.True(finished == run, "the fuzz run hung");
        await run;
        output.WriteLine($"fuzzed {tried} documents: {refused} refused, {tried - refused} read and evaluated; slowest {slowest} ms");
        Assert.Equal(Inputs, tried);
        Assert.InRange(refused, 1, Inputs - 1);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var now && now != seen)
        {
            seen = now;
        }
    }
}
