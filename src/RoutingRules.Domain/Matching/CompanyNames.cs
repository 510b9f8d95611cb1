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
        var tokens = text.Length <= 256 ? stackalloc Range[FoldedWords.MaxCount(text.Length)] : new Range[FoldedWords.MaxCount(text.Length)];
        var count = FoldedWords.Tokenize(text, tokens);
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

        return FoldedWords.Join(text, tokens[first..(last + 1)]);
    }

    public static bool IsLegalSuffix(string token) => LegalSuffixes.Contains(token);
}
