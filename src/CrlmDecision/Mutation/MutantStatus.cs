namespace CrlmDecision.Mutation;

/// <summary>What the scenarios made of one wrong edit.</summary>
public enum MutantStatus
{
    /// <summary>Some scenario's answer changed: the edit would show as a snapshot difference.</summary>
    Caught,

    /// <summary>No scenario's answer changed: the edit could ship unnoticed.</summary>
    Survived,

    /// <summary>The facts' allowed ranges prove the edit cannot change any answer (e.g. a threshold beyond the range); not counted.</summary>
    Equivalent,

    /// <summary>The edited rule set does not load (the edit is not a valid rule); not counted.</summary>
    Invalid,
}
