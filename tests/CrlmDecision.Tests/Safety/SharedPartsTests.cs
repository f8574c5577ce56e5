using CrlmDecision.Tests.Support;

namespace CrlmDecision.Tests.Safety;

/// <summary>
/// Reports share what does not depend on the patient (derived-fact names, a rule's details, its citation
/// list). No caller may reach those shared parts through a cast and change every later report.
/// </summary>
public sealed class SharedPartsTests
{
    [Fact]
    public void Recommend_SharedPartsOfTheReport_CannotBeCastToSomethingWritable()
    {
        var report = SharedEngine.Current.Recommend(TestFacts.Valid());
        Assert.Contains(report.Options, o => o.Details.Count > 0); // the case worth checking is present

        Assert.False(Writable(report.Derived.Keys), "derived names");
        Assert.False(Writable(report.Derived.Values), "derived values");
        foreach (var option in report.Options)
        {
            Assert.False(Writable(option.Details.Keys), "details keys");
            Assert.False(Writable(option.Details.Values), "details values");
            foreach (var statement in option.Reasons.Concat(option.Cautions))
            {
                Assert.False(Writable(statement.Citations), $"citations of {statement.RuleId}");
            }
        }
    }

    private static bool Writable<T>(IEnumerable<T> items) => items is T[] or List<T> or (ICollection<T> and { IsReadOnly: false });
}
