using System.Numerics;

namespace CrlmDecision.Evaluation;

/// <summary>A set of fact indices (base facts first, then the rule set's derived facts), as a 128-bit mask.</summary>
/// <remarks>
/// Two <see cref="ulong"/>s rather than a <see cref="UInt128"/>: ReadyToRun does not precompile code that
/// passes <see cref="UInt128"/> around (its layout is not yet a stable ABI), which cost the CLI's cold start.
/// </remarks>
internal readonly record struct FactMask(ulong Low, ulong High)
{
    public const int Capacity = 128;

    public static FactMask Empty => default;

    public bool IsEmpty => (Low | High) == 0;

    /// <summary>How many indices the set holds.</summary>
    public int Count => BitOperations.PopCount(Low) + BitOperations.PopCount(High);

    public FactMask With(int index) => index < 64 ? new(Low | (1UL << index), High) : new(Low, High | (1UL << (index - 64)));

    public bool Contains(int index) => index < 64 ? (Low & (1UL << index)) != 0 : (High & (1UL << (index - 64))) != 0;

    public bool Overlaps(FactMask other) => ((Low & other.Low) | (High & other.High)) != 0;

    public FactMask Union(FactMask other) => new(Low | other.Low, High | other.High);

    public FactMask Intersect(FactMask other) => new(Low & other.Low, High & other.High);

    /// <summary>The indices of this set that are not in <paramref name="other"/>.</summary>
    public FactMask Except(FactMask other) => new(Low & ~other.Low, High & ~other.High);

    /// <summary>The lowest index in the set; the set must not be empty.</summary>
    public int First() => Low != 0 ? BitOperations.TrailingZeroCount(Low) : 64 + BitOperations.TrailingZeroCount(High);

    /// <summary>The indices in ascending order (a struct enumerator: no allocation in a foreach).</summary>
    public IndexEnumerator Indices() => new(this);

    /// <summary>Walks the set bits lowest first.</summary>
    public struct IndexEnumerator(FactMask mask)
    {
        private ulong _low = mask.Low;
        private ulong _high = mask.High;

        public int Current { get; private set; }

        public readonly IndexEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_low != 0)
            {
                Current = BitOperations.TrailingZeroCount(_low);
                _low &= _low - 1;
                return true;
            }

            if (_high != 0)
            {
                Current = 64 + BitOperations.TrailingZeroCount(_high);
                _high &= _high - 1;
                return true;
            }

            return false;
        }
    }
}
