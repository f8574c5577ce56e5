using CrlmDecision.Facts;

namespace CrlmDecision.Scenarios;

/// <summary>
/// A scenario file of a rule set (<c>scenarios/NAME.yaml</c>): a patient's facts and, optionally, the author's
/// hand-written expectations; its approved report is <c>NAME.approved.json</c> beside it.
/// </summary>
/// <param name="Name">File name without extension; the snapshot is NAME.approved.json beside it.</param>
/// <param name="Path">Path of the scenario file.</param>
/// <param name="Description">What the scenario is about.</param>
/// <param name="Document">The patient, read from the scenario's <c>facts:</c>; validated, with its lines, when evaluated.</param>
/// <param name="Expect">Expectations checked on every run.</param>
public sealed record Scenario(string Name, string Path, string Description, FactsDocument Document, ScenarioExpectations Expect)
{
    /// <summary>The patient's facts as written (<see cref="FactsDocument.Facts"/>).</summary>
    public PatientFacts Facts => Document.Facts;

    /// <summary>The approved report (snapshot) beside the scenario.</summary>
    public string ApprovedPath => System.IO.Path.ChangeExtension(Path, null) + ".approved.json";

    /// <summary>Where a report that differs from the snapshot is written for review.</summary>
    public string ReceivedPath => System.IO.Path.ChangeExtension(Path, null) + ".received.json";
}

/// <summary>Hand-written expectations of a scenario; every one is optional.</summary>
public sealed record ScenarioExpectations
{
    /// <summary>The option expected first (a contract word), if any.</summary>
    public string? Top { get; init; }

    /// <summary>Expected strength per option (contract words).</summary>
    public IReadOnlyDictionary<string, string> Strengths { get; init; } = new Dictionary<string, string>();

    /// <summary>Options expected to be not-advised.</summary>
    public IReadOnlyList<string> NotAdvised { get; init; } = [];

    /// <summary>Rule ids expected to fire.</summary>
    public IReadOnlyList<string> Fired { get; init; } = [];

    /// <summary>Rule ids expected not to fire.</summary>
    public IReadOnlyList<string> NotFired { get; init; } = [];

    /// <summary>Trial ids expected to match.</summary>
    public IReadOnlyList<string> Trials { get; init; } = [];

    /// <summary>Fact paths expected among the missing facts.</summary>
    public IReadOnlyList<string> MissingFacts { get; init; } = [];

    /// <summary>Expected details per option (key to value, as text).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Details { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();
}
