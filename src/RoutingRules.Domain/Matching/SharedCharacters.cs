namespace RoutingRules.Domain.Matching;

/// <summary>
/// How many characters a name has in common with a query, counted as multisets wherever they
/// stand: an upper bound on the characters Jaro can match, so a name that cannot reach a score is
/// passed over without computing it. ASCII only; anything else gives no bound.
/// </summary>
internal ref struct SharedCharacters
{
    private const int Alphabet = 128;

    private readonly Span<byte> _query;
    private readonly Span<byte> _taken;
    private readonly bool _usable;

    /// <param name="query">The query whose characters are counted.</param>
    /// <param name="counts">128 zeroed bytes for the query's counts.</param>
    /// <param name="taken">128 zeroed bytes, left zeroed after every <see cref="With"/>.</param>
    public SharedCharacters(ReadOnlySpan<char> query, Span<byte> counts, Span<byte> taken)
    {
        _query = counts;
        _taken = taken;

        // A byte per count: longer queries could overflow one, and they are not company names anyway.
        _usable = query.Length <= byte.MaxValue;
        for (var i = 0; _usable && i < query.Length; i++)
        {
            if (query[i] >= Alphabet)
            {
                _usable = false;
            }
            else
            {
                counts[query[i]]++;
            }
        }
    }

    /// <summary>The number of characters <paramref name="name"/> shares with the query; -1 when there is no bound.</summary>
    public readonly int With(ReadOnlySpan<char> name)
    {
        if (!_usable)
        {
            return -1;
        }

        var shared = 0;
        var ascii = true;
        foreach (var c in name)
        {
            if (c >= Alphabet)
            {
                ascii = false;
                break;
            }

            if (_taken[c] < _query[c])
            {
                _taken[c]++;
                shared++;
            }
        }

        foreach (var c in name)
        {
            if (c >= Alphabet)
            {
                break;
            }

            _taken[c] = 0;
        }

        return ascii ? shared : -1;
    }
}
