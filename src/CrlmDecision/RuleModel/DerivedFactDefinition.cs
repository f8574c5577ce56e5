namespace CrlmDecision.RuleModel;

/// <summary>A derived fact: a named value computed from the facts (and earlier derived facts) before the rules run.</summary>
public sealed record DerivedFactDefinition
{
    /// <summary>Name as rules read it: <c>d.Name</c>; camelCase in the report.</summary>
    public required string Name { get; init; }

    /// <summary>integer, number, boolean or word.</summary>
    public required string Type { get; init; }

    /// <summary>For a word: the values it can take.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>The expression over <c>p</c> and <c>d</c>.</summary>
    public required string Expression { get; init; }

    /// <summary>What it means.</summary>
    public required string Description { get; init; }

    /// <summary>Citation keys (may be empty for plain arithmetic such as a count).</summary>
    public IReadOnlyList<string> Cite { get; init; } = [];

    /// <summary>File inside the rule set.</summary>
    public required string File { get; init; }

    /// <summary>Line in that file.</summary>
    public required int Line { get; init; }
}
