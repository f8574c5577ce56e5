using CrlmDecision.Facts;

namespace CrlmDecision.Cli.Scenarios;

/// <summary>A scenario file: a patient's facts and, optionally, the author's hand-written expectations.</summary>
/// <param name="Name">File name without extension; the snapshot is NAME.approved.json beside it.</param>
/// <param name="Path">Path of the scenario file.</param>
/// <param name="Description">What the scenario is about.</param>
/// <param name="Facts">The patient.</param>
/// <param name="Expect">Expectations checked on every run.</param>
internal sealed record Scenario(string Name, string Path, string Description, PatientFacts Facts, ScenarioExpectations Expect)
{
    public string ApprovedPath => System.IO.Path.ChangeExtension(Path, null) + ".approved.json";

    public string ReceivedPath => System.IO.Path.ChangeExtension(Path, null) + ".received.json";
}

/// <summary>Hand-written expectations of a scenario; every one is optional.</summary>
internal sealed record ScenarioExpectations
{
    public string? Top { get; init; }

    public IReadOnlyDictionary<string, string> Strengths { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> NotAdvised { get; init; } = [];

    public IReadOnlyList<string> Fired { get; init; } = [];

    public IReadOnlyList<string> NotFired { get; init; } = [];

    public IReadOnlyList<string> Trials { get; init; } = [];

    public IReadOnlyList<string> MissingFacts { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Details { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();
}
