using System.Text;

namespace RoutingRules.Domain.Matching;

/// <summary>Company-name normalisation: "Société Générale S.A." and "societe generale" compare equal.</summary>
public static class CompanyNames
{
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

        var folded = new StringBuilder(name.Length);
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

        var tokens = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count > 1 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        while (tokens.Count > 1 && LegalSuffixes.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return string.Join(' ', tokens);
    }

    public static bool IsLegalSuffix(string token) => LegalSuffixes.Contains(token);
}
