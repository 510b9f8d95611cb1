using System.Numerics;

namespace RoutingRules.Domain.Matching;

/// <summary>Jaro-Winkler string similarity in [0, 1] (prefix scale 0.1, prefix up to 4, boost above 0.7).</summary>
public static class JaroWinkler
{
    internal const double PrefixScale = 0.1;
    internal const int MaxPrefix = 4;
    internal const double BoostThreshold = 0.7;

    [ThreadStatic]
    private static ulong[]? t_positions;

    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= BoostThreshold)
        {
            return jaro;
        }

        var prefix = 0;
        var limit = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.Length <= 64 && b.Length <= 64)
        {
            return JaroShort(a, b);
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aMatched = a.Length <= 256 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];

        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                halfTranspositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (halfTranspositions / 2.0)) / m)) / 3.0;
    }

    /// <summary>
    /// The same computation with the matched flags in two 64-bit masks: company names are short,
    /// and fuzzy lookups run this on every candidate, so it must not zero and walk flag arrays.
    /// For an ASCII <paramref name="b"/>, each character's positions in it are a mask too, so the
    /// first unmatched equal character in the window is one bit operation instead of a scan.
    /// </summary>
    private static double JaroShort(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);

        // Kept per thread and cleared entry by entry after use: a fresh table would be 1 KB to zero for every pair.
        var positions = t_positions ??= new ulong[128];
        if (!IndexAscii(b, positions))
        {
            Unindex(b, positions);
            return JaroShortScan(a, b, window);
        }

        var jaro = JaroAscii(a, b, positions, window);
        Unindex(b, positions);
        return jaro;
    }

    private static double JaroAscii(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ulong[] positions, int window)
    {

        ulong aMatched = 0;
        ulong bMatched = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i];
            if (c >= 128)
            {
                // b is ASCII: nothing in it equals this character.
                continue;
            }

            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            var free = positions[c] & ~bMatched & WindowMask(from, to);
            if (free != 0)
            {
                aMatched |= 1UL << i;
                bMatched |= free & (~free + 1);
                matches++;
            }
        }

        return FromMatches(a, b, aMatched, bMatched, matches);
    }

    /// <summary>Sets bit j of positions[c] for every b[j] == c; false when b has a non-ASCII character.</summary>
    private static bool IndexAscii(ReadOnlySpan<char> b, ulong[] positions)
    {
        for (var j = 0; j < b.Length; j++)
        {
            var c = b[j];
            if (c >= 128)
            {
                return false;
            }

            positions[c] |= 1UL << j;
        }

        return true;
    }

    /// <summary>Clears what <see cref="IndexAscii"/> set, up to its first non-ASCII character.</summary>
    private static void Unindex(ReadOnlySpan<char> b, ulong[] positions)
    {
        foreach (var c in b)
        {
            if (c >= 128)
            {
                return;
            }

            positions[c] = 0;
        }
    }

    /// <summary>Bits from..to inclusive (0 &lt;= from, to &lt; 64); empty when to &lt; from.</summary>
    private static ulong WindowMask(int from, int to) =>
        to < from ? 0 : (ulong.MaxValue >> (63 - to)) & (ulong.MaxValue << from);

    private static double JaroShortScan(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window)
    {
        ulong aMatched = 0;
        ulong bMatched = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            var c = a[i];
            for (var j = from; j <= to; j++)
            {
                if (b[j] == c && (bMatched & (1UL << j)) == 0)
                {
                    aMatched |= 1UL << i;
                    bMatched |= 1UL << j;
                    matches++;
                    break;
                }
            }
        }

        return FromMatches(a, b, aMatched, bMatched, matches);
    }

    /// <summary>Jaro from the matched positions: the k-th matched character of a pairs with the k-th of b.</summary>
    private static double FromMatches(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ulong aMatched, ulong bMatched, int matches)
    {
        if (matches == 0)
        {
            return 0;
        }

        var halfTranspositions = 0;
        while (aMatched != 0)
        {
            if (a[BitOperations.TrailingZeroCount(aMatched)] != b[BitOperations.TrailingZeroCount(bMatched)])
            {
                halfTranspositions++;
            }

            aMatched &= aMatched - 1;
            bMatched &= bMatched - 1;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (halfTranspositions / 2.0)) / m)) / 3.0;
    }
}
