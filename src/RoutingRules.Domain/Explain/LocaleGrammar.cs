using System.Globalization;
using System.Text;
using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The grammar a catalogue applies while filling its templates, for what a fixed template cannot
/// know: whether a count takes the singular (<c>{count|member|members}</c>), and, in French,
/// whether the word before a value elides ("de" + "Acme Corp" gives "d'Acme Corp").
/// </summary>
internal sealed class LocaleGrammar
{
    /// <summary>English: only one is singular; nothing elides.</summary>
    public static readonly LocaleGrammar English = new(n => n == 1, [], []);

    /// <summary>
    /// French: 0 and 1 are singular ("0 relance", "1,5 heure"); "de", "que", "le" and "la" elide
    /// before a vowel or a mute h.
    /// Spelling cannot tell a mute h from an aspirated one, so an h is taken as mute (as the press
    /// writes "d'Horizon", "d'Hewlett-Packard") except in the words listed, whose h is aspirated
    /// and which show up in place and company names.
    /// </summary>
    public static readonly LocaleGrammar French = new(
        n => Math.Abs(n) < 2,
        ["de", "que", "le", "la"],
        ["hainaut", "hambourg", "hanovre", "haut", "haute", "hautes", "hauts", "havre", "hollande", "honduras", "hongrie"]);

    private readonly Func<decimal, bool> _isSingular;
    private readonly HashSet<string> _eliding;
    private readonly HashSet<string> _aspiratedH;

    private LocaleGrammar(Func<decimal, bool> isSingular, string[] eliding, string[] aspiratedH)
    {
        _isSingular = isSingular;
        _eliding = new HashSet<string>(eliding, StringComparer.OrdinalIgnoreCase);
        _aspiratedH = new HashSet<string>(aspiratedH, StringComparer.Ordinal);
    }

    /// <summary>The singular form when <paramref name="count"/> reads as a number this language puts in the singular, else the plural one.</summary>
    public string Plural(string count, string singular, string plural) =>
        TryParse(count, out var n) && _isSingular(n) ? singular : plural;

    /// <summary>Elides the word that ends <paramref name="text"/> ("de ") when <paramref name="value"/>, about to follow it, starts with a vowel sound.</summary>
    public void ElideBefore(StringBuilder text, string value)
    {
        if (_eliding.Count == 0 || text.Length < 2 || text[^1] != ' ' || !StartsWithVowelSound(value))
        {
            return;
        }

        var start = text.Length - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.ToString(start, text.Length - 1 - start);
        if (_eliding.Contains(word))
        {
            // "de " -> "d'", "que " -> "qu'", "la " -> "l'": the final vowel and the space give way to an apostrophe.
            text.Length -= 2;
            text.Append('\'');
        }
    }

    private bool StartsWithVowelSound(string value)
    {
        var word = FirstWord(value);
        if (word.Length == 0)
        {
            return false;
        }

        return word[0] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => true,
            // "Yves" sounds a vowel, "Yahoo" a consonant.
            'y' => word.Length > 1 && !IsVowel(word[1]),
            'h' => !_aspiratedH.Contains(word),
            _ => false,
        };
    }

    /// <summary>The leading letters of <paramref name="value"/>, lower case and without accents ("Étoile Data" gives "etoile").</summary>
    private static string FirstWord(string value)
    {
        // TextFolding, not string.Normalize: the server runs with InvariantGlobalization, where Normalize does not decompose.
        var letters = new StringBuilder();
        foreach (var c in value)
        {
            if (!char.IsLetter(c) || !TextFolding.TryAppendFolded(c, letters))
            {
                break;
            }
        }

        return letters.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool TryParse(string count, out decimal n) =>
        decimal.TryParse(count.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out n);
}
