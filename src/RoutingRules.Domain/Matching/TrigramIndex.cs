namespace RoutingRules.Domain.Matching;

/// <summary>
/// Character n-gram inverted index over normalised names (trigrams and 4-grams). A query visits
/// the rarest of its n-grams' posting lists first, within a fixed budget, so its cost does not
/// grow with the number of indexed names; it returns a bounded candidate list ranked by n-gram
/// overlap. Queries of <see cref="FourGramMinLength"/> characters or more use 4-grams, which are
/// far more selective, so the budget reaches the intended name even when a typo replaced the
/// rarest n-grams with common ones; shorter queries use trigrams, which survive a typo in a short
/// name ("acne" still finds "acme").
/// </summary>
public sealed class TrigramIndex
{
    /// <summary>Posting entries a query may visit; bounds its cost whatever the index size.</summary>
    public const int DefaultPostingBudget = 2_000;

    /// <summary>Normalised queries at least this long are matched on 4-grams, shorter ones on trigrams.</summary>
    public const int FourGramMinLength = 6;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly Dictionary<ulong, int[]> _postings;
    private readonly int[] _trigramCounts;
    private readonly int[] _fourGramCounts;
    private readonly int _postingBudget;

    private TrigramIndex(Dictionary<ulong, int[]> postings, int[] trigramCounts, int[] fourGramCounts, int postingBudget)
    {
        _postings = postings;
        _trigramCounts = trigramCounts;
        _fourGramCounts = fourGramCounts;
        _postingBudget = postingBudget;
    }

    public int Count => _trigramCounts.Length;

    /// <summary>Indexes names by position: candidate ids returned later are indexes into <paramref name="names"/>.</summary>
    public static TrigramIndex Build(IReadOnlyList<string> names, int postingBudget = DefaultPostingBudget)
    {
        var lists = new Dictionary<ulong, List<int>>();
        var trigramCounts = new int[names.Count];
        var fourGramCounts = new int[names.Count];
        var seen = new HashSet<ulong>();
        for (var id = 0; id < names.Count; id++)
        {
            trigramCounts[id] = Add(lists, seen, Grams(names[id], 3), id);
            fourGramCounts[id] = Add(lists, seen, Grams(names[id], 4), id);
        }

        var postings = new Dictionary<ulong, int[]>(lists.Count);
        foreach (var (gram, list) in lists)
        {
            postings.Add(gram, list.ToArray());
        }

        return new TrigramIndex(postings, trigramCounts, fourGramCounts, postingBudget);
    }

    /// <summary>
    /// Up to <paramref name="max"/> ids of indexed names sharing n-grams with <paramref name="normalizedQuery"/>,
    /// best overlap (Jaccard of n-gram sets) first, ties by id.
    /// </summary>
    public IReadOnlyList<int> Candidates(string normalizedQuery, int max)
    {
        if (normalizedQuery.Length == 0 || max <= 0 || _trigramCounts.Length == 0)
        {
            return [];
        }

        var size = normalizedQuery.Length >= FourGramMinLength ? 4 : 3;
        var scratch = t_scratch is { } s && s.Hits.Length >= _trigramCounts.Length
            ? s
            : t_scratch = new Scratch(_trigramCounts.Length);
        var grams = scratch.Grams(normalizedQuery.Length + 2);
        var gramCount = DistinctGrams(normalizedQuery, size, grams);
        var lists = scratch.Lists(gramCount);
        var lengths = scratch.Lengths(gramCount);
        var found = 0;
        foreach (var gram in grams.AsSpan(0, gramCount))
        {
            if (_postings.TryGetValue(gram, out var posting))
            {
                lists[found] = new Posting(posting);
                lengths[found++] = posting.Length;
            }
        }

        // Rarest first: the visited entries then carry the most information per unit of budget.
        lengths.AsSpan(0, found).Sort(lists.AsSpan(0, found));
        var touched = 0;
        try
        {
            var visited = 0;
            for (var l = 0; l < found; l++)
            {
                var posting = lists[l].Ids;
                if (visited > 0 && visited + posting.Length > _postingBudget)
                {
                    break;
                }

                visited += posting.Length;
                touched = Tally(posting, scratch, touched);
            }

            var nameCounts = size == 4 ? _fourGramCounts : _trigramCounts;
            return TrigramRanking.Top(scratch.Touched.AsSpan(0, touched), scratch.Hits, nameCounts, gramCount, max);
        }
        finally
        {
            var hits = scratch.Hits;
            foreach (var id in scratch.Touched.AsSpan(0, touched))
            {
                hits[id] = 0;
            }

            Array.Clear(lists, 0, found);
        }
    }

    /// <summary>Trigrams of " name " packed into 48 bits (three UTF-16 code units).</summary>
    internal static IEnumerable<ulong> Trigrams(string normalized) => Grams(normalized, 3);

    /// <summary>
    /// The n-grams (n = 3 or 4) of " name ", each packed into one ulong. A 4-gram's first unit is
    /// never NUL in a normalised name, so 4-grams and trigrams cannot share a key.
    /// </summary>
    internal static IEnumerable<ulong> Grams(string normalized, int size)
    {
        for (var p = 0; p + size <= normalized.Length + 2; p++)
        {
            yield return Pack(normalized, p, size);
        }
    }

    private static int Add(Dictionary<ulong, List<int>> lists, HashSet<ulong> seen, IEnumerable<ulong> grams, int id)
    {
        seen.Clear();
        foreach (var gram in grams)
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

        return seen.Count;
    }

    private static int Tally(int[] posting, Scratch scratch, int touched)
    {
        var hits = scratch.Hits;
        var ids = scratch.EnsureTouched(touched + posting.Length);
        foreach (var id in posting)
        {
            // Distinct query n-grams are capped at 255, so a byte counter cannot wrap.
            if (hits[id]++ == 0)
            {
                ids[touched++] = id;
            }
        }

        return touched;
    }

    /// <summary>The distinct n-grams of " name " (the same set as <see cref="Grams"/>), at most 255; returns how many.</summary>
    private static int DistinctGrams(string normalized, int size, ulong[] grams)
    {
        var count = 0;
        for (var p = 0; p + size <= normalized.Length + 2; p++)
        {
            grams[count++] = Pack(normalized, p, size);
        }

        var span = grams.AsSpan(0, count);
        span.Sort();
        var distinct = span.Length == 0 ? 0 : 1;
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i] != span[distinct - 1])
            {
                span[distinct++] = span[i];
            }
        }

        return Math.Min(distinct, byte.MaxValue);
    }

    /// <summary>The n-gram at <paramref name="start"/> of the name padded with one space each side.</summary>
    private static ulong Pack(string normalized, int start, int size)
    {
        ulong packed = 0;
        for (var p = start; p < start + size; p++)
        {
            var c = p == 0 || p > normalized.Length ? ' ' : normalized[p - 1];
            packed = (packed << 16) | c;
        }

        return packed;
    }

    /// <summary>
    /// A posting list held in a struct: storing an array into an array of arrays costs a covariance
    /// check per store, which showed in the profile of every fuzzy lookup.
    /// </summary>
    private readonly record struct Posting(int[] Ids);

    /// <summary>Per-thread buffers so a query allocates only its result.</summary>
    private sealed class Scratch(int size)
    {
        private ulong[] _grams = new ulong[64];
        private Posting[] _lists = new Posting[64];
        private int[] _lengths = new int[64];

        public byte[] Hits { get; } = new byte[size];
        public int[] Touched { get; private set; } = new int[8192];

        public ulong[] Grams(int count) => _grams.Length >= count ? _grams : _grams = new ulong[count];

        public Posting[] Lists(int count) => _lists.Length >= count ? _lists : _lists = new Posting[count];

        public int[] Lengths(int count) => _lengths.Length >= count ? _lengths : _lengths = new int[count];

        public int[] EnsureTouched(int count)
        {
            if (Touched.Length < count)
            {
                var grown = new int[Math.Max(count, Touched.Length * 2)];
                Touched.CopyTo(grown, 0);
                Touched = grown;
            }

            return Touched;
        }
    }
}
