using System.Linq.Expressions;
using CrlmDecision.Expressions;
using CrlmDecision.RuleSets;
using RulesEngine.ExpressionBuilders;

namespace CrlmDecision.Tests.RuleSets;

/// <summary>
/// Our expression parser (RulesEngine's, without its scan of every loaded assembly) gives the same custom
/// types, the same expression trees and the same errors as RulesEngine's <see cref="RuleExpressionParser"/>,
/// except that names of System enums do not resolve.
/// </summary>
public sealed class RuleExpressionParsingTests
{
    private static readonly RulesEngine.Models.ReSettings Settings = RuleSetCompiler.EngineSettings(fastCompiler: true);

    [Fact]
    public void CustomTypes_SameAsRulesEngineTypeProviderWithItsAssemblyScan()
    {
        var rulesEngine = new RulesEngine.CustomTypeProvider(Settings.CustomTypes).GetCustomTypes();

        Assert.Equal(rulesEngine.OrderBy(t => t.FullName), RuleExpressionParsing.CustomTypesOf(Settings.CustomTypes).OrderBy(t => t.FullName));
    }

    [Fact]
    public void Parse_EveryExpressionOfTheShippedRuleSet_SameTreeAsRulesEngine()
    {
        var parsed = RuleSetParser.Parse(RuleSetSource.FromEmbedded(RuleSet.DefaultId, RuleSet.EmbeddedVersions()[0]));
        var derivedType = new RuleSetCompiler(parsed.Derived, []).DerivedType;
        ParameterExpression[] parameters = [Expression.Parameter(typeof(PatientView), "p"), Expression.Parameter(derivedType, "d")];
        var expressions = parsed.Derived.Select(d => (d.Expression, RuleSetCompiler.ClrType(d.Type)))
            .Concat(parsed.Rules.Select(r => (r.When, typeof(bool))))
            .ToArray();

        Assert.NotEmpty(expressions);
        foreach (var (expression, type) in expressions)
        {
            var ours = new RuleExpressionParsing(Settings).Parse(expression, parameters, type); // the shipped set parses
            Assert.Equal(Describe(() => new RuleExpressionParser(Settings).Parse(expression, parameters, type)), ours.Type + ": " + ours);
        }
    }

    [Theory]
    [InlineData("p.Ecog > 1", typeof(bool))]
    [InlineData("p.Ecg > 1", typeof(bool))]
    [InlineData("p.Ecog", typeof(bool))]
    [InlineData("DateTime.Now.Year > 2000", typeof(bool))]
    [InlineData("Environment.ProcessorCount > 1", typeof(bool))]
    [InlineData("Math.Max(p.Ecog, 2) > 1", typeof(bool))]
    [InlineData("int(p.Liver.Lesions.Max(l => l.DiameterMm))", typeof(int))]
    [InlineData("p.Liver.Lesions.Where(l => l.Depth == \"deep\").Select(l => l.DiameterMm).Sum()", typeof(double))]
    [InlineData("\"System.Int32\"(p.Ecog) > 1", typeof(bool))]
    [InlineData("new System.Random().Next() > 1", typeof(bool))]
    [InlineData("ExpressionUtils.CheckContains(p.Phase, \"a,b\")", typeof(bool))]
    public void Parse_SameTreeOrSameErrorAsRulesEngine(string expression, Type type)
    {
        ParameterExpression[] parameters = [Expression.Parameter(typeof(PatientView), "p")];

        Assert.Equal(Describe(() => new RuleExpressionParser(Settings).Parse(expression, parameters, type)),
            Describe(() => new RuleExpressionParsing(Settings).Parse(expression, parameters, type)));
    }

    // The one difference, on purpose: Dynamic LINQ's table of System enums (built cold by GetTypes over CoreLib,
    // System.Private.Xml and three more assemblies, ~50 ms) is off, so their names do not resolve. No rule needs one:
    // the documented grammar has none, and every allowed string method takes only strings.
    [Theory]
    [InlineData("StringComparison.Ordinal == StringComparison.Ordinal")]
    [InlineData("Math.Round(p.Liver.Lesions.Max(l => l.DiameterMm), MidpointRounding.AwayFromZero) > 1")]
    public void Parse_SystemEnumName_UnknownType(string expression)
    {
        ParameterExpression[] parameters = [Expression.Parameter(typeof(PatientView), "p")];

        var refused = Assert.Throws<System.Linq.Dynamic.Core.Exceptions.ParseException>(() => new RuleExpressionParsing(Settings).Parse(expression, parameters, typeof(bool)));

        Assert.Contains("not found", refused.Message, StringComparison.Ordinal);
    }

    private static string Describe(Func<Expression> parse)
    {
        try
        {
            var parsed = parse();
            return parsed.Type + ": " + parsed;
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
