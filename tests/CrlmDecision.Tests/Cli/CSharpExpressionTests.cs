using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using CrlmDecision.Cli.Authoring;
using CrlmDecision.Evaluation;
using CrlmDecision.Expressions;
using CrlmDecision.RuleSets;
using CrlmDecision.Tests.Safety;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CrlmDecision.Tests.Cli;

/// <summary>
/// The precompiler's C# (ADR 0004) must mean what the expression tree means. Each expression below, parsed as
/// rules are, is compiled as the runtime compiles it and, written as C#, by the C# compiler with overflow
/// checking on (as this repository builds) and off; over generated patients all three give the same value or
/// fail with the same exception. The corpus reaches beyond the released rules: every arithmetic, conversion,
/// query and string node the writer knows, with values that overflow, divide by zero or query empty lists.
/// </summary>
public sealed class CSharpExpressionTests
{
    private static readonly string[] Corpus =
    [
        "p.Ecog * 2147483647 < 0",
        "p.Ecog * 2147483647",
        "-(p.SystemicTherapy.LinesReceived - 2147483647 - 2)",
        "p.Liver.Lesions.Count * 1000000000 + 5",
        "p.Ecog * 3000000000",
        "int(p.CeaNgPerMl * 10000000.0)",
        "p.Ecog + 0.5",
        "p.CeaNgPerMl / p.Liver.Lesions.Count",
        "p.Liver.Lesions.Count / 2",
        "p.Ecog % 3",
        "p.Ecog / (p.Ecog - p.Ecog)",
        "p.DiseaseFreeIntervalMonths - p.CeaNgPerMl * -2.5e-3",
        "p.Liver.FutureLiverRemnantPercent >= 30 && p.Liver.FutureLiverRemnantPercent < 40.5",
        "p.Liver.Lesions.Sum(l => l.DiameterMm) > 50",
        "p.Liver.Lesions.Max(l => l.Segment)",
        "p.Liver.Lesions.Min(l => l.DiameterMm)",
        "p.Liver.Lesions.Average(l => l.DiameterMm)",
        "p.Liver.Lesions.Where(l => l.Depth == \"deep\").Count()",
        "p.Liver.Lesions.Count(l => l.NearMajorVessel || l.AbutsGlissoneanPedicle)",
        "p.Liver.Lesions.Select(l => l.Segment).Contains(4)",
        "p.Liver.Lesions.Any(l => l.DiameterMm > p.CeaNgPerMl)",
        "p.Liver.Lesions.All(l => l.Segment >= 2 && l.Segment <= 4)",
        "p.Liver.Lesions.Any()",
        "iif(p.Ecog > 1, p.CeaNgPerMl, 0.5) > 3",
        "iif(p.Phase == \"post-hepatectomy\", \"after\", \"before\")",
        "!(p.Ecog > 1) || p.Liver.Parenchyma != \"normal\" && p.PrimaryTumor.Resected",
        "p.Centre.Available.Contains(\"sbrt\")",
        "p.Phase.StartsWith(\"pre\")",
        "p.Phase.Length * 3",
        "p.Phase + \"/\" + p.Molecular.Ras",
        "p.Molecular.Ras == \"mutant\" || p.Molecular.Braf == \"v600e\"",
    ];

    [Fact]
    public void Write_Corpus_SameOutcomeAsTheCompiledTree_WithOverflowCheckingOnAndOff()
    {
        var p = Expression.Parameter(typeof(PatientView), "p");
        var parser = new RuleExpressionParsing(RuleSetCompiler.EngineSettings(fastCompiler: true));
        var trees = Corpus
            .Select(text => Compiled<Func<PatientView, object>>.Compile(
                Expression.Lambda<Func<PatientView, object>>(Expression.Convert(parser.Parse(text, [p], null!), typeof(object)), p)))
            .ToArray();
        var sources = Corpus.Select(text => new CSharpExpression(new Dictionary<ParameterExpression, string> { [p] = "p" }, typeof(NoDerivedFacts)).Write(parser.Parse(text, [p], null!))).ToArray();
        var checkedOn = CompileCSharp(sources, checkOverflow: true);
        var checkedOff = CompileCSharp(sources, checkOverflow: false);

        var overflows = 0;
        PatientGenerators.Patient.Sample(facts =>
        {
            var view = PatientViewBuilder.Build(facts, out _);
            for (var i = 0; i < Corpus.Length; i++)
            {
                var expected = Outcome(() => trees[i](view));
                Assert.True(Equals(expected, Outcome(() => checkedOn[i](view))), $"{Corpus[i]} with overflow checking on: {sources[i]}");
                Assert.True(Equals(expected, Outcome(() => checkedOff[i](view))), $"{Corpus[i]} with overflow checking off: {sources[i]}");
                if (i == 0 && facts.Ecog >= 2 && expected is true)
                {
                    Interlocked.Increment(ref overflows);
                }
            }
        }, iter: 2_000);

        Assert.True(overflows > 0, "no patient made the first expression overflow: the corpus no longer tests overflow");
    }

    [Fact]
    public void Write_UnknownNodeOrParameter_RefusedNotGuessed()
    {
        var p = Expression.Parameter(typeof(PatientView), "p");
        var writer = new CSharpExpression(new Dictionary<ParameterExpression, string> { [p] = "p" }, typeof(NoDerivedFacts));

        Assert.Throws<NotSupportedException>(() => writer.Write(Expression.TypeIs(p, typeof(object))));
        Assert.Throws<NotSupportedException>(() => writer.Write(Expression.Block(Expression.Constant(1))));
        Assert.Throws<NotSupportedException>(() => writer.Write(Expression.Property(Expression.Parameter(typeof(PatientView), "q"), nameof(PatientView.Ecog))));
        Assert.Throws<NotSupportedException>(() => writer.Write(Expression.Constant(new object())));
        Assert.Throws<NotSupportedException>(() => writer.Write(
            Expression.LessThan(Expression.Constant(1, typeof(int?)), Expression.Constant(2, typeof(int?)), liftToNull: true, method: null)));
    }

    // Each expression as a method E{i}(p), compiled in memory as a friend of the library (its internals are the views).
    private static Func<PatientView, object>[] CompileCSharp(string[] sources, bool checkOverflow)
    {
        var code = "internal static class Corpus\n{\n"
            + string.Concat(sources.Select((s, i) => $"    internal static object E{i}(global::CrlmDecision.Expressions.PatientView p) => (object){s};\n"))
            + "}\n";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "CrlmDecision.Tests", // a name the library trusts with its internals (InternalsVisibleTo)
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, checkOverflow: checkOverflow, optimizationLevel: OptimizationLevel.Release));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n" + code);

        image.Position = 0;
        var type = new AssemblyLoadContext("corpus", isCollectible: true).LoadFromStream(image).GetType("Corpus")!;
        return sources.Select((_, i) => type.GetMethod($"E{i}", BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<Func<PatientView, object>>()).ToArray();
    }

    // The value, or the exception's type.
    private static object? Outcome(Func<object?> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (RuntimeFailure.Is(e) || e is InvalidOperationException)
        {
            return e.GetType();
        }
    }

    private sealed class NoDerivedFacts;
}
