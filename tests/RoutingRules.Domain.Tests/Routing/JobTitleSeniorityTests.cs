using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Routing;

public sealed class JobTitleSeniorityTests
{
    [Theory]
    [InlineData("CEO")]
    [InlineData("President & CEO")]
    [InlineData("Chief Revenue Officer")]
    [InlineData("chief executive")]
    [InlineData("Co-founder")]
    [InlineData("Founder, CTO")]
    [InlineData("PDG")]
    [InlineData("Directeur Général")]
    [InlineData("Directrice générale adjointe")]
    [InlineData("DIRECTRICE GENERALE")]
    [InlineData("Président")]
    [InlineData("Managing Director")]
    [InlineData("Cofondatrice")]
    public void Of_ChiefTitles_AreCLevel(string title) =>
        Assert.Equal(ContactLevel.CLevel, JobTitleSeniority.Of(title));

    [Theory]
    [InlineData("VP Marketing")]
    [InlineData("vp, sales")]
    [InlineData("SVP Operations")]
    [InlineData("Executive Vice President")]
    [InlineData("Vice-Présidente Ventes")]
    [InlineData("vice president of engineering")]
    public void Of_VicePresidentTitles_AreVicePresident(string title) =>
        Assert.Equal(ContactLevel.VicePresident, JobTitleSeniority.Of(title));

    [Theory]
    [InlineData("Director of IT", ContactLevel.Director)]
    [InlineData("Head of Procurement", ContactLevel.Director)]
    [InlineData("Directeur des achats", ContactLevel.Director)]
    [InlineData("Sales Manager", ContactLevel.Manager)]
    [InlineData("Responsable informatique", ContactLevel.Manager)]
    [InlineData("Chef de projet", ContactLevel.Manager)]
    public void Of_OtherSeniorities(string title, ContactLevel expected) =>
        Assert.Equal(expected, JobTitleSeniority.Of(title));

    /// <summary>A wrong "executive" makes a lead hot: anything not plainly senior stays unknown.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Account Executive")]
    [InlineData("Executive Assistant to the CEO")]
    [InlineData("Assistante de direction du PDG")]
    [InlineData("Assistant Vice President")]
    [InlineData("AVP Finance")]
    [InlineData("Chief of Staff")]
    [InlineData("Stagiaire marketing")]
    [InlineData("Software Engineer")]
    [InlineData("Precedent analyst")]
    [InlineData("Vice")]
    public void Of_NotPlainlySenior_IsUnknown(string? title) =>
        Assert.Equal(ContactLevel.Unknown, JobTitleSeniority.Of(title));
}
