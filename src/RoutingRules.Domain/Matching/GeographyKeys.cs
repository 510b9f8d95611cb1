using System.Text;

namespace RoutingRules.Domain.Matching;

/// <summary>
/// The forms in which territory geography is compared (DOMAIN.md §4); they are never shown: stored
/// data, traces and explanations keep the values as given. Case and accents are folded
/// (<see cref="TextFolding"/>) and every run of characters that are neither letters nor digits
/// (hyphens, apostrophes, dots, spaces) is one word separator, so "Île-de-France",
/// "ILE DE FRANCE" and "Ile-de-France" are one region. A value with no letter or digit left is
/// unknown (null), like a value not given. Country codes are validated ISO codes and are not keyed here.
/// </summary>
public static class GeographyKeys
{
    // The lead's values are keyed once per lead while routing: one builder per thread, words as spans.
    [ThreadStatic]
    private static StringBuilder? t_folded;

    /// <summary>A region or state name: folded words.</summary>
    public static string? Region(string? region) => Words(region, city: false);

    /// <summary>
    /// A département or state code: folded words, and a purely numeric code without its leading
    /// zeros, so "6", "06" and "006" are one département while "60" stays another; "2A" and "2a"
    /// (Corsica) or "CA" and "ca" (a state) are one code.
    /// </summary>
    public static string? Department(string? department)
    {
        var key = Words(department, city: false);
        if (key is not { Length: > 1 } || key[0] != '0' || !IsDigits(key))
        {
            return key;
        }

        var significant = key.AsSpan().TrimStart('0');
        return significant.IsEmpty ? "0" : new string(significant);
    }

    /// <summary>
    /// A city name: folded words without a postal "CEDEX" suffix or an arrondissement marker
    /// ("PARIS CEDEX 08", "Paris 8e" and "Paris" are one city), "Saint"/"Sainte" read as
    /// "St"/"Ste" (<see cref="CityNames"/>).
    /// </summary>
    public static string? City(string? city) => Words(city, city: true);

    /// <summary>
    /// A postal code or prefix: without spaces, letters folded ("75 008" is "75008"; UK "SW1A 1AA"
    /// is "sw1a1aa", so the prefix "SW1A" still leads it). Other characters stay.
    /// </summary>
    public static string? PostalCode(string? postal)
    {
        if (postal is null)
        {
            return null;
        }

        var folded = Builder();
        foreach (var c in postal)
        {
            if (!char.IsWhiteSpace(c) && !TextFolding.TryAppendFolded(c, folded) && !TextFolding.IsCombiningMark(c))
            {
                folded.Append(c);
            }
        }

        return folded.Length == 0 ? null
            : folded.Equals(postal.AsSpan()) ? postal
            : folded.ToString();
    }

    private static string? Words(string? value, bool city)
    {
        if (value is null)
        {
            return null;
        }

        var folded = Builder();
        foreach (var c in value)
        {
            // A combining mark is the accent of a decomposed letter: dropped, not a separator.
            if (!TextFolding.TryAppendFolded(c, folded) && !TextFolding.IsCombiningMark(c))
            {
                folded.Append(' ');
            }
        }

        var text = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        folded.CopyTo(0, text, folded.Length);
        var count = FoldedWords.MaxCount(text.Length);
        var words = count <= 129 ? stackalloc Range[count] : new Range[count];
        count = FoldedWords.Tokenize(text, words);
        if (city)
        {
            count = CityNames.Canonicalise(text, words[..count]);
        }

        return count == 0 ? null : FoldedWords.Join(text, words[..count], value);
    }

    private static StringBuilder Builder()
    {
        var builder = t_folded ??= new StringBuilder(64);
        builder.Clear();
        return builder;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
