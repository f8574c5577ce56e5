using CrlmDecision.RuleModel;
using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// A rule that reaches for reflection, the clock, randomness, IO, the environment, a process or unbounded
/// work is refused when the rule set loads, naming the rule and the member: rules may only read facts.
/// </summary>
public sealed class HostileRuleTests
{
    public static TheoryData<string, string, string> HostileFiles() => new()
    {
        { "reflection.yaml", "HOS-001", "GetType" },
        { "reflection-in-lambda.yaml", "HOS-002", "GetType" },
        { "clock.yaml", "HOS-003", "Now" },
        { "clock-utc.yaml", "HOS-004", "UtcNow" },
        { "random-guid.yaml", "HOS-005", "NewGuid" },
        { "random.yaml", "HOS-006", "Random" },
        { "io.yaml", "HOS-007", "File" },
        { "environment.yaml", "HOS-008", "Environment" },
        { "process.yaml", "HOS-009", "Process" },
        { "unbounded-range.yaml", "HOS-010", "Range" },
        { "unbounded-repeat.yaml", "HOS-011", "Repeat" },
        { "unbounded-string.yaml", "HOS-012", "PadLeft" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Load_HostileRule_RefusedNamingRuleAndMember(string file, string ruleId, string member)
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);
        File.Copy(SharedEngine.Fixtures("HostileRules", file), copy.PathOf(Path.Combine("rules", "zz-hostile.yaml")));

        var refused = Assert.Throws<RuleSetException>(() => RuleSet.Load(copy.Directory));

        var errors = refused.Errors.Where(e => !e.IsWarning).ToArray();
        Assert.Contains(errors, e => e.RuleId == ruleId && e.Message.Contains(member, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal(ruleId, e.RuleId));
    }

    [Fact]
    public void Load_CurrentRuleSetCopy_Loads()
    {
        using var copy = RuleSetCopy.OfCurrent(unpin: true);

        var loaded = RuleSet.Load(copy.Directory);

        Assert.NotEmpty(loaded.Rules);
    }
}
