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

    /// <summary>The lowest index in the set; the set must not be empty.</summary>
    public int First() => (int)UInt128.TrailingZeroCount(Bits);

    /// <summary>The indices in ascending order (a struct enumerator: no allocation in a foreach).</summary>
    public IndexEnumerator Indices() => new(Bits);

    /// <summary>Walks the set bits lowest first.</summary>
    public struct IndexEnumerator(UInt128 bits)
    {
        private UInt128 _rest = bits;

        public int Current { get; private set; }

        public readonly IndexEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_rest == UInt128.Zero)
            {
                return false;
            }

            Current = (int)UInt128.TrailingZeroCount(_rest);
            _rest &= _rest - UInt128.One;
            return true;
        }
    }
}
