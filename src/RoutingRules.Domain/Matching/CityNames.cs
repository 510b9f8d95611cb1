namespace RoutingRules.Domain.Matching;

/// <summary>
/// The spelling differences of one French city that <see cref="GeographyKeys.City"/> reads as the
/// same city: a CEDEX suffix (a postal routing mention, "PARIS CEDEX 08"), an arrondissement of
/// Paris, Lyon or Marseille ("Paris 8e", "Paris 08", "Lyon 1er arrondissement", "Paris 16e arr.")
/// and "St"/"Ste" for "Saint"/"Sainte". Only a trailing marker after at least one word is dropped,
/// and only a number from 1 to 20 (the most arrondissements a city has), so "Ville 2000" and a
/// lone "20" stay what they are. A territory meaning one arrondissement lists its postal prefix.
/// </summary>
internal static class CityNames
{
    private const int MostArrondissements = 20;

    private static readonly string[] OrdinalSuffixes = ["", "e", "eme", "ieme", "er", "ere", "re"];
    private static readonly string[] ArrondissementWords = ["arr", "arrt", "arrond", "arrondissement"];

    /// <summary>
    /// Drops the suffixes from the folded <paramref name="words"/> of <paramref name="text"/> and
    /// abbreviates "saint"/"sainte" in place; returns how many words remain.
    /// </summary>
    public static int Canonicalise(Span<char> text, Span<Range> words)
    {
        var count = words.Length;
        for (var i = 1; i < count; i++)
        {
            if (text[words[i]].SequenceEqual("cedex"))
            {
                count = i;
                break;
            }
        }

        if (count >= 3 && IsOneOf(text[words[count - 1]], ArrondissementWords) && IsArrondissementNumber(text[words[count - 2]]))
        {
            count -= 2;
        }
        else if (count >= 2 && IsArrondissementNumber(text[words[count - 1]]))
        {
            count--;
        }

        for (var i = 0; i < count; i++)
        {
            AbbreviateSaint(text, ref words[i]);
        }

        return count;
    }

    /// <summary>"8", "08", "8e", "8eme" (from "8ème"), "1er", "1re"...: a number from 1 to 20 with an optional French ordinal suffix.</summary>
    private static bool IsArrondissementNumber(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits is 1 or 2
            && int.Parse(word[..digits], provider: System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= MostArrondissements
            && IsOneOf(word[digits..], OrdinalSuffixes);
    }

    /// <summary>"saint" becomes "st" and "sainte" "ste" by moving letters within the word: no new string.</summary>
    private static void AbbreviateSaint(Span<char> text, ref Range word)
    {
        var span = text[word];
        var sainte = span.SequenceEqual("sainte");
        if (!sainte && !span.SequenceEqual("saint"))
        {
            return;
        }

        span[1] = 't';
        if (sainte)
        {
            span[2] = 'e';
        }

        word = new Range(word.Start, word.Start.Value + (sainte ? 3 : 2));
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] options)
    {
        foreach (var option in options)
        {
            if (word.SequenceEqual(option))
            {
                return true;
            }
        }

        return false;
    }
}
