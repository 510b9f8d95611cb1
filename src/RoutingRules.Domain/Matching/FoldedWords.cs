namespace RoutingRules.Domain.Matching;

/// <summary>
/// The words of a folded text (runs of non-spaces) as ranges, and their re-joining with single
/// spaces: the normalisers split and join on the stack rather than allocating a string per word.
/// </summary>
internal static class FoldedWords
{
    /// <summary>Room for every word of <paramref name="length"/> characters (words are at least one character apart).</summary>
    public static int MaxCount(int length) => (length / 2) + 1;

    /// <summary>The words of <paramref name="text"/>; returns how many.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Range> tokens)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || text[i] == ' ';
            if (space && start >= 0)
            {
                tokens[count++] = new Range(start, i);
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        return count;
    }

    /// <summary>
    /// The words joined by single spaces; <paramref name="unchanged"/> itself when the result equals
    /// it, so a value already in normal form costs no new string.
    /// </summary>
    public static string Join(ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens, string? unchanged = null)
    {
        if (tokens.Length == 0)
        {
            return string.Empty;
        }

        var length = tokens.Length - 1;
        foreach (var token in tokens)
        {
            length += token.GetOffsetAndLength(text.Length).Length;
        }

        var joined = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        foreach (var token in tokens)
        {
            if (at > 0)
            {
                joined[at++] = ' ';
            }

            text[token].CopyTo(joined[at..]);
            at += token.GetOffsetAndLength(text.Length).Length;
        }

        return unchanged is not null && joined.SequenceEqual(unchanged) ? unchanged : new string(joined);
    }
}
