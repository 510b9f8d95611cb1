namespace RoutingRules.Domain.Matching;

/// <summary>
/// Lower-cases and strips accents from Latin letters with a built-in table, because the project
/// runs with InvariantGlobalization where string.Normalize(FormD) does not decompose.
/// </summary>
public static class TextFolding
{
    // '*' marks letters that fold to two characters (see FoldMulti).
    private const string Latin1 = "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y";
    private const string LatinExtendedA =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>Appends the folded form of <paramref name="c"/>: lower-case, accent-free; returns false when it is not a letter or digit.</summary>
    public static bool TryAppendFolded(char c, System.Text.StringBuilder output)
    {
        if (c < 0x80)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                output.Append(c);
                return true;
            }

            if (c is >= 'A' and <= 'Z')
            {
                output.Append((char)(c + 32));
                return true;
            }

            return false;
        }

        var multi = FoldMulti(c);
        if (multi is not null)
        {
            output.Append(multi);
            return true;
        }

        var folded = FoldSingle(c);
        if (folded == ' ')
        {
            return false;
        }

        if (folded != '\0')
        {
            output.Append(folded);
            return true;
        }

        if (char.IsLetterOrDigit(c))
        {
            output.Append(char.ToLowerInvariant(c));
            return true;
        }

        return false;
    }

    /// <summary>Folds a whole string, keeping characters that are neither letters nor digits unchanged.</summary>
    public static string Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!TryAppendFolded(c, builder))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Combining marks (U+0300-U+036F) carry only the accent of a decomposed letter.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static char FoldSingle(char c) => c switch
    {
        >= '\u00C0' and <= '\u00FF' => Latin1[c - 0xC0],
        >= '\u0100' and <= '\u017F' => LatinExtendedA[c - 0x100],
        _ => '\0',
    };

    private static string? FoldMulti(char c) => c switch
    {
        '\u00C6' or '\u00E6' => "ae",
        '\u00DE' or '\u00FE' => "th",
        '\u00DF' => "ss",
        '\u0132' or '\u0133' => "ij",
        '\u0152' or '\u0153' => "oe",
        _ => null,
    };
}
