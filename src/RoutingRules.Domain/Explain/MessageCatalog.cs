using System.Globalization;
using System.Text;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The explanation texts of one locale: keyed templates with named placeholders (<c>{account}</c>)
/// and count-dependent words (<c>{count|member|members}</c>: the singular or the plural form, by
/// the value of <c>count</c> and the language's rule). A word that elides before a vowel (French
/// "de") does so when the value that follows calls for it. A key missing in a locale falls back
/// to English, so a new message never renders empty.
/// </summary>
public sealed class MessageCatalog
{
    private static readonly MessageCatalog English = new("en", EnglishMessages.All, LocaleGrammar.English, null);
    private static readonly MessageCatalog French = new("fr", FrenchMessages.All, LocaleGrammar.French, English);

    private readonly IReadOnlyDictionary<string, string> _messages;
    private readonly LocaleGrammar _grammar;
    private readonly MessageCatalog? _fallback;

    private MessageCatalog(string locale, IReadOnlyDictionary<string, string> messages, LocaleGrammar grammar, MessageCatalog? fallback)
    {
        Locale = locale;
        _messages = messages;
        _grammar = grammar;
        _fallback = fallback;
    }

    /// <summary>The locales with a catalogue.</summary>
    public static IReadOnlyList<string> Locales { get; } = ["en", "fr"];

    public string Locale { get; }

    /// <summary>
    /// Formatting is culture-invariant with the catalogue's own patterns: servers may run in
    /// globalization-invariant mode, where no culture data exists.
    /// </summary>
    public CultureInfo Culture => CultureInfo.InvariantCulture;

    /// <summary>The keys this catalogue defines itself.</summary>
    public IEnumerable<string> Keys => _messages.Keys;

    /// <summary>The catalogue of <paramref name="locale"/> ("fr", "fr-FR"...); English for anything else.</summary>
    public static MessageCatalog For(string? locale) =>
        locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    /// <summary>True when <paramref name="locale"/> (or its language) has a catalogue.</summary>
    public static bool IsSupported(string? locale) =>
        string.IsNullOrEmpty(locale) || Locales.Any(l => locale.Split('-', '_')[0].Equals(l, StringComparison.OrdinalIgnoreCase));

    public bool Has(string key) => _messages.ContainsKey(key) || (_fallback?.Has(key) ?? false);

    /// <summary>The raw template, or null when no catalogue defines the key.</summary>
    public string? Template(string key) => _messages.TryGetValue(key, out var t) ? t : _fallback?.Template(key);

    /// <summary>The template of <paramref name="key"/> with its placeholders replaced; unknown placeholders stay as written.</summary>
    public string Format(string key, IReadOnlyDictionary<string, string> args)
    {
        var template = Template(key) ?? key;
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            if (Fill(template.Substring(open + 1, close - open - 1), args) is { } filled)
            {
                // Only now is the word after "de" known: "de {account}" gives "d'Acme Corp" but "de Globex".
                _grammar.ElideBefore(text, filled);
                text.Append(filled);
            }
            else
            {
                text.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return text.ToString();
    }

    // A placeholder's text: the value of {name}, or for {name|singular|plural} the form its value takes; null when name has no value.
    private string? Fill(string placeholder, IReadOnlyDictionary<string, string> args)
    {
        var forms = placeholder.Split('|');
        if (!args.TryGetValue(forms[0], out var value))
        {
            return null;
        }

        return forms.Length == 3 ? _grammar.Plural(value, forms[1], forms[2]) : value;
    }

    /// <summary>The label of an enum-like value (<c>level.CustomerOwner</c>), or the value itself when none is defined.</summary>
    public string Label(string prefix, string value) => Template(prefix + "." + value) ?? value;
}
