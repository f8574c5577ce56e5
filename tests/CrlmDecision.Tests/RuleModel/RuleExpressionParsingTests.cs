using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using CrlmDecision.Compilation;
using CrlmDecision.Facts;

namespace CrlmDecision.Tests.RuleModel;

/// <summary>How Dynamic LINQ parses rule expressions: typed, case-sensitive, with a fixed set of named types.</summary>
public sealed class RuleExpressionParsingTests
{
    private static readonly ParameterExpression[] Parameters = [Expression.Parameter(typeof(PatientView), "p")];

    [Theory]
    [InlineData("p.Ecog > 1", typeof(bool))]
    [InlineData("Math.Max(p.Ecog, 2) > 1", typeof(bool))]
    [InlineData("int(p.Liver.Lesions.Max(l => l.DiameterMm))", typeof(int))]
    [InlineData("p.Liver.Lesions.Where(l => l.Depth == \"deep\").Select(l => l.DiameterMm).Sum()", typeof(double))]
    public void Parse_FactExpression_TypedTree(string expression, Type type)
    {
        var parsed = DynamicExpressionParser.ParseLambda(RuleExpressionParsing.Config, Parameters, type, expression);

        Assert.Equal(type, parsed.ReturnType);
    }

    [Theory]
    [InlineData("p.Ecg > 1")]
    [InlineData("p.ecog > 1")]
    [InlineData("p.Ecog")]
    [InlineData("new System.Random().Next() > 1")]
    [InlineData("ExpressionUtils.CheckContains(p.Phase, \"a,b\")")]
    public void Parse_UnknownNameOrWrongType_ParseException(string expression)
    {
        Assert.Throws<ParseException>(() => DynamicExpressionParser.ParseLambda(RuleExpressionParsing.Config, Parameters, typeof(bool), expression));
    }

    // Dynamic LINQ's table of System enums (built cold by GetTypes over CoreLib and more, ~50 ms) is off, so their
    // names do not resolve. No rule needs one: the documented grammar has none, and every allowed string method takes only strings.
    [Theory]
    [InlineData("StringComparison.Ordinal == StringComparison.Ordinal")]
    [InlineData("Math.Round(p.Liver.Lesions.Max(l => l.DiameterMm), MidpointRounding.AwayFromZero) > 1")]
    public void Parse_SystemEnumName_UnknownType(string expression)
    {
        var refused = Assert.Throws<ParseException>(() => DynamicExpressionParser.ParseLambda(RuleExpressionParsing.Config, Parameters, typeof(bool), expression));

        Assert.Contains("not found", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomTypes_EnumerableItsInterfacesAndIEnumerable_Only()
    {
        var types = RuleExpressionParsing.CustomTypes();

        Assert.Contains(typeof(Enumerable), types);
        Assert.Contains(typeof(System.Collections.IEnumerable), types);
        Assert.DoesNotContain(typeof(Environment), types);
        Assert.DoesNotContain(typeof(DateTime), types);
    }
}
