using System.Globalization;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The grammar a catalogue applies while filling its templates, for what a fixed template cannot
/// know: whether a count takes the singular (<c>{count|member|members}</c>).
/// </summary>
internal sealed class LocaleGrammar
{
    /// <summary>English: only one is singular.</summary>
    public static readonly LocaleGrammar English = new(n => n == 1);

    /// <summary>French: 0 and 1 are singular ("0 relance", "1,5 heure").</summary>
    public static readonly LocaleGrammar French = new(n => Math.Abs(n) < 2);

    private readonly Func<decimal, bool> _isSingular;

    private LocaleGrammar(Func<decimal, bool> isSingular)
    {
        _isSingular = isSingular;
    }

    /// <summary>The singular form when <paramref name="count"/> reads as a number this language puts in the singular, else the plural one.</summary>
    public string Plural(string count, string singular, string plural) =>
        TryParse(count, out var n) && _isSingular(n) ? singular : plural;

    private static bool TryParse(string count, out decimal n) =>
        decimal.TryParse(count.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out n);
}
