using System.Runtime.InteropServices;

namespace RoutingRules.Domain.Matching;

/// <summary>
/// Character-trigram inverted index over normalised names. A query visits the rarest of its
/// trigrams' posting lists first, within a fixed budget, so its cost does not grow with the
/// number of indexed names; it returns a bounded candidate list ranked by trigram overlap.
/// </summary>
public sealed class TrigramIndex
{
    /// <summary>Posting entries a query may visit; bounds its cost whatever the index size.</summary>
    public const int DefaultPostingBudget = 4_000;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly Dictionary<ulong, int[]> _postings;
    private readonly int[] _trigramCounts;
    private readonly int _postingBudget;

    private TrigramIndex(Dictionary<ulong, int[]> postings, int[] trigramCounts, int postingBudget)
    {
        _postings = postings;
        _trigramCounts = trigramCounts;
        _postingBudget = postingBudget;
    }

    public int Count => _trigramCounts.Length;

    /// <summary>Indexes names by position: candidate ids returned later are indexes into <paramref name="names"/>.</summary>
    public static TrigramIndex Build(IReadOnlyList<string> names, int postingBudget = DefaultPostingBudget)
    {
        var lists = new Dictionary<ulong, List<int>>();
        var counts = new int[names.Count];
        var seen = new HashSet<ulong>();
        for (var id = 0; id < names.Count; id++)
        {
            seen.Clear();
            foreach (var gram in Trigrams(names[id]))
            {
                if (!seen.Add(gram))
                {
                    continue;
                }

                if (!lists.TryGetValue(gram, out var list))
                {
                    list = new List<int>(4);
                    lists.Add(gram, list);
                }

                list.Add(id);
            }

            counts[id] = seen.Count;
        }

        var postings = new Dictionary<ulong, int[]>(lists.Count);
        foreach (var (gram, list) in lists)
        {
            postings.Add(gram, list.ToArray());
        }

        return new TrigramIndex(postings, counts, postingBudget);
    }

    /// <summary>
    /// Up to <paramref name="max"/> ids of indexed names sharing trigrams with <paramref name="normalizedQuery"/>,
    /// best overlap (Jaccard of trigram sets) first, ties by id.
    /// </summary>
    public IReadOnlyList<int> Candidates(string normalizedQuery, int max)
    {
        if (normalizedQuery.Length == 0 || max <= 0 || _trigramCounts.Length == 0)
        {
            return [];
        }

        var grams = new HashSet<ulong>(Trigrams(normalizedQuery));
        var lists = new List<int[]>(grams.Count);
        foreach (var gram in grams)
        {
            if (_postings.TryGetValue(gram, out var posting))
            {
                lists.Add(posting);
            }
        }

        lists.Sort((x, y) => x.Length.CompareTo(y.Length));
        var scratch = t_scratch is { } s && s.Hits.Length >= _trigramCounts.Length
            ? s
            : t_scratch = new Scratch(_trigramCounts.Length);
        try
        {
            var visited = 0;
            foreach (var posting in lists)
            {
                if (visited > 0 && visited + posting.Length > _postingBudget)
                {
                    break;
                }

                visited += posting.Length;
                foreach (var id in posting)
                {
                    if (scratch.Hits[id]++ == 0)
                    {
                        scratch.Touched.Add(id);
                    }
                }
            }

            return Rank(CollectionsMarshal.AsSpan(scratch.Touched), scratch.Hits, grams.Count, max);
        }
        finally
        {
            foreach (var id in scratch.Touched)
            {
                scratch.Hits[id] = 0;
            }

            scratch.Touched.Clear();
        }
    }

    private int[] Rank(ReadOnlySpan<int> ids, int[] hits, int queryGrams, int max)
    {
        var bestIds = new int[Math.Min(max, ids.Length)];
        var bestScores = new double[bestIds.Length];
        var filled = 0;
        foreach (var id in ids)
        {
            var shared = hits[id];
            var score = shared / (double)(queryGrams + _trigramCounts[id] - shared);
            if (filled == bestIds.Length && !Better(score, id, bestScores[filled - 1], bestIds[filled - 1]))
            {
                continue;
            }

            var pos = filled == bestIds.Length ? filled - 1 : filled++;
            while (pos > 0 && Better(score, id, bestScores[pos - 1], bestIds[pos - 1]))
            {
                bestScores[pos] = bestScores[pos - 1];
                bestIds[pos] = bestIds[pos - 1];
                pos--;
            }

            bestScores[pos] = score;
            bestIds[pos] = id;
        }

        return bestIds;
    }

    private static bool Better(double score, int id, double otherScore, int otherId) =>
        score > otherScore || (score == otherScore && id < otherId);

    /// <summary>Trigrams of " name " packed into 48 bits (three UTF-16 code units).</summary>
    internal static IEnumerable<ulong> Trigrams(string normalized)
    {
        var padded = " " + normalized + " ";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            yield return ((ulong)padded[i] << 32) | ((ulong)padded[i + 1] << 16) | padded[i + 2];
        }
    }

    private sealed class Scratch(int size)
    {
        public int[] Hits { get; } = new int[size];
        public List<int> Touched { get; } = new(1024);
    }
}
