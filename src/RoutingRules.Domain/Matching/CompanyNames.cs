using System.Text;

namespace RoutingRules.Domain.Matching;

/// <summary>Company-name normalisation: "Société Générale S.A." and "societe generale" compare equal.</summary>
public static class CompanyNames
{
    [ThreadStatic]
    private static StringBuilder? t_folded;

    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "ltd", "limited", "llc", "llp", "lp", "plc",
        "co", "company", "gmbh", "mbh", "ag", "kg", "kgaa", "ug", "se", "sa", "sas", "sasu", "sarl",
        "eurl", "snc", "sca", "scs", "bv", "nv", "spa", "srl", "sl", "slu", "oy", "oyj", "ab", "as",
        "asa", "aps", "pty", "pte", "kk", "sro", "zoo", "sp", "bhd", "sdn", "ltda", "cie",
    };

    /// <summary>
    /// Lower-cases, folds accents, drops punctuation (dots and apostrophes join: "I.B.M." is "ibm"),
    /// reads "&amp;" as "and", drops a leading "the" and trailing legal-form tokens, collapses spaces.
    /// Returns an empty string when nothing meaningful remains.
    /// </summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        // Every lead's company name is normalised while routing: one builder per thread, tokens as spans.
        var folded = t_folded ??= new StringBuilder(64);
        folded.Clear();
        foreach (var c in name)
        {
            if (TextFolding.TryAppendFolded(c, folded) || TextFolding.IsCombiningMark(c))
            {
                continue;
            }

            switch (c)
            {
                case '.' or '\'' or '\u2019':
                    break;
                case '&':
                    folded.Append(" and ");
                    break;
                default:
                    folded.Append(' ');
                    break;
            }
        }

        var text = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        folded.CopyTo(0, text, folded.Length);
        var tokens = text.Length <= 256 ? stackalloc Range[(text.Length / 2) + 1] : new Range[(text.Length / 2) + 1];
        var count = Tokenize(text, tokens);
        var first = 0;
        var last = count - 1;
        if (count > 1 && text[tokens[0]].SequenceEqual("the"))
        {
            first++;
        }

        var suffixes = LegalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        while (last > first && suffixes.Contains(text[tokens[last]]))
        {
            last--;
        }

        return Join(text, tokens[first..(last + 1)]);
    }

    /// <summary>The words of <paramref name="text"/> (runs of non-spaces); returns how many.</summary>
    private static int Tokenize(ReadOnlySpan<char> text, Span<Range> tokens)
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

    private static string Join(ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens)
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

        return new string(joined);
    }

    public static bool IsLegalSuffix(string token) => LegalSuffixes.Contains(token);
}
