namespace RoutingRules.Domain.Matching;

/// <summary>
/// Keeps the best names of a <see cref="TrigramIndex"/> query by Jaccard = shared / (query + name - shared),
/// compared as exact fractions by cross-multiplication: most touched names share a single n-gram
/// and are rejected against the current worst without a division.
/// </summary>
internal static class TrigramRanking
{
    public static int[] Top(ReadOnlySpan<int> ids, byte[] hits, int[] nameCounts, int queryGrams, int max)
    {
        var capacity = Math.Min(max, ids.Length);
        var bestIds = new int[capacity];
        Span<long> best = capacity <= 64 ? stackalloc long[capacity] : new long[capacity];
        var filled = 0;
        foreach (var id in ids)
        {
            int shared = hits[id];

            // A name has at least as many n-grams as it shares, so its Jaccard is at most shared / query.
            // Once the list is full, most touched names (one or two shared n-grams) lose even at that
            // bound, and are rejected without reading their n-gram count, a cache miss in a large index.
            if (filled == capacity && LosesAtBest(shared, queryGrams, best[filled - 1]))
            {
                continue;
            }

            var score = Fraction(shared, queryGrams + nameCounts[id] - shared);
            if (filled == capacity && !Better(score, id, best[filled - 1], bestIds[filled - 1]))
            {
                continue;
            }

            var pos = filled == capacity ? filled - 1 : filled++;
            while (pos > 0 && Better(score, id, best[pos - 1], bestIds[pos - 1]))
            {
                best[pos] = best[pos - 1];
                bestIds[pos] = bestIds[pos - 1];
                pos--;
            }

            best[pos] = score;
            bestIds[pos] = id;
        }

        return bestIds;
    }

    /// <summary>Whether shared / queryGrams is strictly below <paramref name="worst"/>.</summary>
    private static bool LosesAtBest(int shared, int queryGrams, long worst) =>
        ((long)shared * (uint)worst) < ((worst >> 32) * queryGrams);

    /// <summary>Numerator and denominator (both small) packed in one long.</summary>
    private static long Fraction(int numerator, int denominator) => ((long)numerator << 32) | (uint)denominator;

    private static bool Better(long score, int id, long other, int otherId)
    {
        var difference = ((score >> 32) * (uint)other) - ((other >> 32) * (uint)score);
        return difference > 0 || (difference == 0 && id < otherId);
    }
}
