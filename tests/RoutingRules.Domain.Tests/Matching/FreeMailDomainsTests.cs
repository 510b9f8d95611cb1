using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class FreeMailDomainsTests
{
    [Theory]
    [InlineData("gmail.com")]
    [InlineData("GMAIL.COM")]
    [InlineData("jane@gmail.com")]
    [InlineData("yahoo.com")]
    [InlineData("yahoo.fr")]
    [InlineData("yahoo.co.uk")]
    [InlineData("hotmail.de")]
    [InlineData("gmx.net")]
    [InlineData("outlook.com")]
    [InlineData("icloud.com")]
    [InlineData("orange.fr")]
    [InlineData("free.fr")]
    [InlineData("laposte.net")]
    [InlineData("proton.me")]
    public void IsFreeMail_DefaultList_True(string domain) => Assert.True(FreeMailDomains.Default.IsFreeMail(domain));

    [Theory]
    [InlineData("acme.com")]
    [InlineData("yahoo-partners.com")]
    [InlineData("notgmail.com")]
    [InlineData("freedom.fr")]
    [InlineData(null)]
    public void IsFreeMail_CorporateOrInvalid_False(string? domain) => Assert.False(FreeMailDomains.Default.IsFreeMail(domain));

    [Fact]
    public void IsFreeMail_CustomList_OnlyListedDomains()
    {
        var list = new FreeMailDomains(["example.org", "mailbox.*"]);
        Assert.True(list.IsFreeMail("example.org"));
        Assert.True(list.IsFreeMail("mailbox.co.uk"));
        Assert.False(list.IsFreeMail("gmail.com"));
    }
}
