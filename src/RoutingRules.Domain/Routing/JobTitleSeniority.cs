using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// The seniority a job title states, for a lead that gives a title but no contact level (many
/// forms ask only for the title). English and French titles, read word by word after folding case
/// and accents. It is deliberately narrow: a title it does not recognise gives
/// <see cref="ContactLevel.Unknown"/>, never a guess, because a wrong "executive" makes a lead hot
/// and shortens its SLA. "Account executive" is a sales role, not an executive; an assistant to a
/// chief executive is not one either, nor an assistant vice-president (AVP).
/// </summary>
public static class JobTitleSeniority
{
    private static readonly HashSet<string> ChiefAcronyms =
        ["ceo", "cfo", "cto", "coo", "cmo", "cio", "ciso", "cro", "cpo", "cdo", "chro", "cso", "pdg", "dg"];

    private static readonly HashSet<string> Founders = ["founder", "cofounder", "fondateur", "fondatrice", "cofondateur", "cofondatrice"];

    private static readonly HashSet<string> VicePresidents = ["vp", "svp", "evp"];

    private static readonly HashSet<string> Directors = ["director", "directeur", "directrice", "head"];

    private static readonly HashSet<string> Managers = ["manager", "responsable"];

    // Titles of people who work for or beside a senior one, or are learning: never senior themselves.
    private static readonly HashSet<string> NotSenior =
        ["assistant", "assistante", "intern", "stagiaire", "alternant", "alternante", "apprenti", "apprentie", "trainee"];

    /// <summary>The level <paramref name="title"/> states, or <see cref="ContactLevel.Unknown"/>.</summary>
    public static ContactLevel Of(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return ContactLevel.Unknown;
        }

        var words = Words(title);
        if (words.Exists(NotSenior.Contains))
        {
            return ContactLevel.Unknown;
        }

        return IsChief(words) ? ContactLevel.CLevel
            : IsVicePresident(words) ? ContactLevel.VicePresident
            : words.Exists(Directors.Contains) ? ContactLevel.Director
            : words.Exists(Managers.Contains) || Follows(words, "chef", "de") ? ContactLevel.Manager
            : ContactLevel.Unknown;
    }

    private static bool IsChief(List<string> words) =>
        words.Exists(ChiefAcronyms.Contains)
        || words.Exists(Founders.Contains)
        || Follows(words, "co", "founder") || Follows(words, "co", "fondateur") || Follows(words, "co", "fondatrice")
        || (words.Contains("chief") && words.Contains("officer")) || Follows(words, "chief", "executive")
        || Follows(words, "directeur", "general") || Follows(words, "directrice", "generale")
        || Follows(words, "managing", "director")
        || IsPresident(words);

    /// <summary>"President" not right after "vice".</summary>
    private static bool IsPresident(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "president" or "presidente" && (i == 0 || words[i - 1] != "vice"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVicePresident(List<string> words) =>
        words.Exists(VicePresidents.Contains) || Follows(words, "vice", "president") || Follows(words, "vice", "presidente");

    /// <summary>True when <paramref name="second"/> comes right after <paramref name="first"/>.</summary>
    private static bool Follows(List<string> words, string first, string second)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] == second && words[i - 1] == first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The title's words, lower-case and without accents ("Vice-Présidente" gives vice, presidente).</summary>
    private static List<string> Words(string title)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in title)
        {
            if (TextFolding.IsCombiningMark(c))
            {
                continue;
            }

            if (!TextFolding.TryAppendFolded(c, word) && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
