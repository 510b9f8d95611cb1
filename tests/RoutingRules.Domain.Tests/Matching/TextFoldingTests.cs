using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class TextFoldingTests
{
    [Theory]
    [InlineData("é", "e")]
    [InlineData("É", "e")]
    [InlineData("àâäçèêëîïôöùûüÿ", "aaaceeeiioouuuy")]
    [InlineData("Ł", "l")]
    [InlineData("Ńń", "nn")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Æther", "aether")]
    [InlineData("ß", "ss")]
    [InlineData("Šťž", "stz")]
    [InlineData("ſ", "s")]
    [InlineData("Øresund", "oresund")]
    public void Fold_AccentedLetters_AsciiLowerCase(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void Fold_EveryLatinLetterInTable_FoldsToAsciiLetters()
    {
        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            var folded = TextFolding.Fold(c.ToString());
            Assert.True(folded.Length > 0 && folded.All(ch => ch is >= 'a' and <= 'z'), $"U+{(int)c:X4} folded to '{folded}'");
        }
    }

    [Fact]
    public void Fold_UpperAndLowerCasePairs_FoldAlike()
    {
        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsUpper(c) && lower != c)
            {
                Assert.Equal(TextFolding.Fold(lower.ToString()), TextFolding.Fold(c.ToString()));
            }
        }
    }

    [Fact]
    public void Fold_Punctuation_IsKept() => Assert.Equal("a-b", TextFolding.Fold("A-B"));
}
