using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// Matching on the lead's website domain beside its e-mail (DOMAIN.md §1, §3): a free-mail
/// e-mail says nothing of the company, the website may; free-mail domains never match; when the
/// two name different accounts the e-mail, the more reliable, wins.
/// </summary>
public sealed class WebsiteMatchingScenarioTests
{
    [Fact]
    public void Route_FreeMailEmailAndCustomersWebsite_GoesToTheAccountsOwner()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("joe@gmail.com") with { Website = "acmecorp.com", Country = "FR" });

        routed.ForAccount("acc-acme").AssignedTo("ae-sud-1").AtLevel(RoutingLevel.CustomerOwner)
            .Fired("Matching.WebsiteDomain").DidNotFire("Matching.EmailDomain");
        var acme = Assert.Single(routed.Trace.Details!.Accounts);
        Assert.Equal(("Website", "acmecorp.com", true), (acme.Kind, acme.MatchedOn, acme.Accepted));
    }

    [Theory]
    [InlineData("www.gmail.com")]
    [InlineData("https://mail.yahoo.fr/inbox")]
    public void Route_FreeMailEmailAndFreeMailWebsite_MatchesNoAccount(string website)
    {
        // The account lists both free-mail domains by mistake: listing one is not enough to match it.
        var scenario = RoutingKit.Demo().WithDataset(d => d with
        {
            Accounts = [.. d.Accounts, new Account { Id = "acc-misconfigured", Name = "Misconfigured", Domains = ["gmail.com", "yahoo.fr"], Status = AccountStatus.Customer, OwnerId = "ae-paris-1" }],
        });

        var routed = scenario.Route(Leads.From("joe@gmail.com") with { Website = website, Country = "FR" });

        routed.ForAccount(null).DidNotFire("Matching.WebsiteDomain").DidNotFire("Matching.EmailDomain");
        Assert.Empty(routed.Trace.Details!.Accounts);
        Assert.Equal(("gmail.com", true), (routed.Trace.Details.Lead.Domain, routed.Trace.Details.Lead.FreeMail));
    }

    [Theory]
    [InlineData("jane@initech.fr", "acmecorp.com", "acc-initech", "acc-acme")]
    [InlineData("jane@acmecorp.com", "https://www.initech.fr/contact", "acc-acme", "acc-initech")]
    public void Route_EmailAndWebsiteOfDifferentAccounts_TheEmailsAccountWins(string email, string website, string emailAccount, string websiteAccount)
    {
        var routed = RoutingKit.Demo().Route(Leads.From(email) with { Website = website, Country = "FR" });

        routed.ForAccount(emailAccount).Fired("Matching.EmailDomain").Fired("Matching.WebsiteDomain").Fired("Matching.BestMatch");
        var other = Assert.Single(routed.Trace.Details!.Accounts, a => a.AccountId == websiteAccount);
        // Found by the website, on the website's own domain, not on the e-mail's.
        Assert.Equal(("Website", websiteAccount == "acc-acme" ? "acmecorp.com" : "initech.fr"), (other.Kind, other.MatchedOn));
    }

    [Fact]
    public void Route_EmailAndWebsiteOfOneAccount_IsOneCandidateMatchedByTheEmail()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("jane@acme.com") with { Website = "www.acmecorp.com", Country = "FR" });

        routed.ForAccount("acc-acme").Fired("Matching.EmailDomain").DidNotFire("Matching.WebsiteDomain");
        Assert.Equal("Domain", Assert.Single(routed.Trace.Details!.Accounts).Kind);
    }

    [Fact]
    public void Route_WebsiteOnly_MatchesTheAccountByItsWebsite()
    {
        var routed = RoutingKit.Demo().Route(new Lead { Id = "web-only", Website = "https://www.initech.fr/contact", Country = "FR" });

        routed.ForAccount("acc-initech").Fired("Matching.WebsiteDomain").DidNotFire("Matching.EmailDomain");
        Assert.Equal("initech.fr", Assert.Single(routed.Trace.Details!.Accounts).MatchedOn);
    }

    [Fact]
    public void Route_FreeMailEmailAndUnknownCorporateWebsite_CountsTheWebsitesDomain()
    {
        // The website names the company: its leads count towards creating an account, the mailbox's never.
        var routed = RoutingKit.Demo().Route(Leads.InParis("founder@gmail.com") with { Website = "www.brand-new-company.fr" });

        Assert.Equal("brand-new-company.fr", routed.Outcome.Changes.SightedDomain);
        Assert.Equal(("brand-new-company.fr", false), (routed.Trace.Details!.Lead.Domain, routed.Trace.Details.Lead.FreeMail));
        routed.ForAccount(null).Fired("Matching.RecordUnknownDomain");
    }
}
