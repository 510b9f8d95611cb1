namespace RoutingRules.Domain.Matching;

/// <summary>
/// Upper bounds on <see cref="JaroWinkler"/> similarity, so that a lookup can pass over a name
/// that cannot reach its threshold without computing the similarity.
/// </summary>
public static class JaroWinklerBounds
{
    private const double PrefixScale = JaroWinkler.PrefixScale;
    private const int MaxPrefix = JaroWinkler.MaxPrefix;
    private const double BoostThreshold = JaroWinkler.BoostThreshold;

    /// <summary>
    /// The highest <see cref="JaroWinkler.Similarity"/> two strings of these lengths can reach when they have
    /// at most <paramref name="shared"/> characters in common (as multisets, wherever they stand):
    /// every shared character matched, none transposed, the longest prefix boost.
    /// </summary>
    public static double MaxSimilarity(int aLength, int bLength, int shared)
    {
        var jaro = MaxJaro(aLength, bLength, shared);
        return jaro <= BoostThreshold ? jaro : jaro + (MaxPrefix * PrefixScale * (1 - jaro));
    }

    /// <summary>
    /// The highest Jaro similarity two strings of these lengths can reach with at most
    /// <paramref name="shared"/> characters in common: every shared character matched, none transposed.
    /// </summary>
    public static double MaxJaro(int aLength, int bLength, int shared)
    {
        if (aLength == 0 && bLength == 0)
        {
            return 1;
        }

        if (aLength == 0 || bLength == 0 || shared <= 0)
        {
            return 0;
        }

        double m = Math.Min(shared, Math.Min(aLength, bLength));
        return ((m / aLength) + (m / bLength) + 1) / 3.0;
    }

    /// <summary>
    /// The Jaro similarity a pair needs before its <see cref="JaroWinkler.Similarity"/> can reach
    /// <paramref name="minScore"/> (at most; the boost is taken at its longest prefix).
    /// </summary>
    public static double JaroNeeded(double minScore)
    {
        if (minScore <= BoostThreshold)
        {
            return minScore;
        }

        // Above the threshold, a Jaro just over it is boosted to 0.82 at most, and to no more than
        // jaro + 0.4 * (1 - jaro) beyond; the threshold itself gets no boost.
        var boosted = (minScore - (MaxPrefix * PrefixScale)) / (1 - (MaxPrefix * PrefixScale));
        return Math.Max(BoostThreshold, boosted);
    }
}
