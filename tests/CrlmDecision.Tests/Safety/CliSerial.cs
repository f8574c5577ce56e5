namespace CrlmDecision.Tests.Safety;

/// <summary>Tests that redirect the process-wide console run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliSerial
{
    public const string Name = "crlm in-process";
}
