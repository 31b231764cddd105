using System.Numerics;

namespace IopFinder.Core.Search;

/// <summary>Bit sets over listing positions, as arrays of 64-bit words.</summary>
internal static class Bits
{
    public static ulong[] Create(int count) => new ulong[Math.Max(1, (count + 63) / 64)];

    public static bool Get(ulong[] bits, int doc) => (bits[doc >> 6] & (1UL << (doc & 63))) != 0;

    public static void Set(ulong[] bits, int doc) => bits[doc >> 6] |= 1UL << (doc & 63);

    public static int Count(ulong[] bits)
    {
        var count = 0;
        foreach (var word in bits) count += BitOperations.PopCount(word);
        return count;
    }

    /// <summary>How many bits both sets have.</summary>
    public static int CountBoth(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++) count += BitOperations.PopCount(a[i] & b[i]);
        return count;
    }

    public static void OrInto(ulong[] target, ulong[] source)
    {
        for (var i = 0; i < target.Length; i++) target[i] |= source[i];
    }

    public static void AndInto(ulong[] target, ulong[] source)
    {
        for (var i = 0; i < target.Length; i++) target[i] &= source[i];
    }
}
