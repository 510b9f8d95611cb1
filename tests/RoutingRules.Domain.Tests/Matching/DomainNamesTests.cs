using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class DomainNamesTests
{
    [Theory]
    [InlineData("acme.com", "acme.com")]
    [InlineData("mail.acme.com", "acme.com")]
    [InlineData("eu.sales.acme.com", "acme.com")]
    [InlineData("WWW.Acme.FR", "acme.fr")]
    [InlineData("shop.acme.co.uk", "acme.co.uk")]
    [InlineData("acme.co.uk", "acme.co.uk")]
    [InlineData("a.b.acme.com.au", "acme.com.au")]
    [InlineData("tokyo.acme.co.jp", "acme.co.jp")]
    [InlineData("vendas.acme.com.br", "acme.com.br")]
    [InlineData("https://www.acme.de/contact?x=1", "acme.de")]
    [InlineData("co.uk", "co.uk")]
    public void RegistrableDomain_Hosts_StripsSubDomains(string input, string expected) =>
        Assert.Equal(expected, DomainNames.RegistrableDomain(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("192.168.1.10")]
    [InlineData("acme..com")]
    [InlineData("ac me.com")]
    public void RegistrableDomain_NotAHost_ReturnsNull(string? input) => Assert.Null(DomainNames.RegistrableDomain(input));

    [Theory]
    [InlineData("Jane.Doe@Sales.ACME.com", "sales.acme.com")]
    [InlineData("x@acme.fr", "acme.fr")]
    [InlineData("weird@name@acme.fr", "acme.fr")]
    public void FromEmail_Address_LowerCaseDomain(string email, string expected) =>
        Assert.Equal(expected, DomainNames.FromEmail(email));

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("@acme.com")]
    [InlineData("jane@")]
    [InlineData(null)]
    public void FromEmail_Malformed_ReturnsNull(string? email) => Assert.Null(DomainNames.FromEmail(email));
}
