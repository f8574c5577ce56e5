namespace CrlmDecision.Evaluation;

/// <summary>A set of fact indices (base facts first, then the rule set's derived facts), as a 128-bit mask.</summary>
internal readonly record struct FactMask(UInt128 Bits)
{
    public const int Capacity = 128;

    public static FactMask Empty => default;

    public bool IsEmpty => Bits == UInt128.Zero;

    public FactMask With(int index) => new(Bits | (UInt128.One << index));

    public bool Contains(int index) => (Bits & (UInt128.One << index)) != UInt128.Zero;

    public bool Overlaps(FactMask other) => (Bits & other.Bits) != UInt128.Zero;

    public FactMask Union(FactMask other) => new(Bits | other.Bits);

    public FactMask Intersect(FactMask other) => new(Bits & other.Bits);

    public IEnumerable<int> Indices()
    {
        for (var i = 0; i < Capacity; i++)
        {
            if (Contains(i))
            {
                yield return i;
            }
        }
    }
}
