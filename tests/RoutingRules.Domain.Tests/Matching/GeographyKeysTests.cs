using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public sealed class GeographyKeysTests
{
    [Theory]
    [InlineData("Ile-de-France", "ile de france")]
    [InlineData("Île-de-France", "ile de france")]
    [InlineData("ÎLE-DE-FRANCE", "ile de france")]
    [InlineData("Ile de France", "ile de france")]
    [InlineData("  Ile -- de   France. ", "ile de france")]
    [InlineData("I\u0302le-de-France", "ile de france")]
    [InlineData("Provence-Alpes-Côte d’Azur", "provence alpes cote d azur")]
    [InlineData("Provence-Alpes-Cote d'Azur", "provence alpes cote d azur")]
    [InlineData("Auvergne-Rhône-Alpes", "auvergne rhone alpes")]
    [InlineData("PACA", "paca")]
    public void Region_SpellingsOfOneName_FoldToOneKey(string region, string expected) =>
        Assert.Equal(expected, GeographyKeys.Region(region));

    [Theory]
    [InlineData("75", "75")]
    [InlineData("6", "6")]
    [InlineData("06", "6")]
    [InlineData("006", "6")]
    [InlineData("0", "0")]
    [InlineData("00", "0")]
    [InlineData("60", "60")]
    [InlineData("2A", "2a")]
    [InlineData("2a", "2a")]
    [InlineData("971", "971")]
    [InlineData("CA", "ca")]
    [InlineData(" 13 ", "13")]
    public void Department_NumericCodesWithoutLeadingZerosAndLettersFolded(string department, string expected) =>
        Assert.Equal(expected, GeographyKeys.Department(department));

    [Theory]
    [InlineData("Paris", "paris")]
    [InlineData("PARIS", "paris")]
    [InlineData("PARIS CEDEX 08", "paris")]
    [InlineData("Paris Cedex", "paris")]
    [InlineData("Paris 8e", "paris")]
    [InlineData("Paris 08", "paris")]
    [InlineData("Paris 8", "paris")]
    [InlineData("Paris 8ème", "paris")]
    [InlineData("Paris 8è", "paris")]
    [InlineData("Paris 16eme", "paris")]
    [InlineData("Paris 20e", "paris")]
    [InlineData("Paris 1er", "paris")]
    [InlineData("Paris 1er arrondissement", "paris")]
    [InlineData("Paris 16e arr.", "paris")]
    [InlineData("Lyon 3e", "lyon")]
    [InlineData("Lyon 3e Cedex", "lyon")]
    [InlineData("Marseille 13ème arrondissement", "marseille")]
    [InlineData("Saint-Étienne", "st etienne")]
    [InlineData("St-Étienne", "st etienne")]
    [InlineData("Saint Etienne", "st etienne")]
    [InlineData("ST ETIENNE CEDEX 2", "st etienne")]
    [InlineData("Sainte-Maxime", "ste maxime")]
    [InlineData("Ste Maxime", "ste maxime")]
    [InlineData("Villeneuve-Saint-Georges", "villeneuve st georges")]
    [InlineData("L'Haÿ-les-Roses", "l hay les roses")]
    public void City_SpellingsOfOneCity_FoldToOneKey(string city, string expected) =>
        Assert.Equal(expected, GeographyKeys.City(city));

    /// <summary>Only a trailing arrondissement or CEDEX after a word goes: other numbers and names stay.</summary>
    [Theory]
    [InlineData("Parisot", "parisot")]
    [InlineData("Lyons-la-Forêt", "lyons la foret")]
    [InlineData("Ville 2000", "ville 2000")]
    [InlineData("Paris 21", "paris 21")]
    [InlineData("Paris 0", "paris 0")]
    [InlineData("Paris 75008", "paris 75008")]
    [InlineData("20", "20")]
    [InlineData("1er arrondissement", "1er arrondissement")]
    [InlineData("Cedex", "cedex")]
    [InlineData("Les 2 Alpes", "les 2 alpes")]
    [InlineData("Saintes", "saintes")]
    [InlineData("Saint", "st")]
    [InlineData("Paris 8e suite", "paris 8e suite")]
    public void City_NumbersAndNamesThatAreNotSuffixes_Stay(string city, string expected) =>
        Assert.Equal(expected, GeographyKeys.City(city));

    [Theory]
    [InlineData("75008", "75008")]
    [InlineData("75 008", "75008")]
    [InlineData("SW1A 1AA", "sw1a1aa")]
    [InlineData("sw1a", "sw1a")]
    [InlineData("1000-001", "1000-001")]
    public void PostalCode_SpacesDroppedAndLettersFolded(string postal, string expected) =>
        Assert.Equal(expected, GeographyKeys.PostalCode(postal));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - ")]
    public void Keys_NothingToCompare_Null(string? value)
    {
        Assert.Null(GeographyKeys.Region(value));
        Assert.Null(GeographyKeys.Department(value));
        Assert.Null(GeographyKeys.City(value));
        Assert.Null(GeographyKeys.PostalCode(value is null ? null : value.Replace("-", " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Keys_ValueAlreadyInNormalForm_ReturnedAsIs()
    {
        const string department = "75";
        const string postal = "75008";

        Assert.Same(department, GeographyKeys.Department(department));
        Assert.Same(postal, GeographyKeys.PostalCode(postal));
    }

    [Fact]
    public void City_LongName_KeyedLikeAShortOne()
    {
        var city = string.Join('-', Enumerable.Repeat("Saint", 200)) + " CEDEX 08";

        Assert.Equal(string.Join(' ', Enumerable.Repeat("st", 200)), GeographyKeys.City(city));
    }
}
