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

        routed.ForAccount("acc-acme").AssignedTo("ae-sud-1").AtLevel(RoutingLevel.CustomerOwner);
        var acme = Assert.Single(routed.Trace.Details!.Accounts);
        Assert.Equal(("acmecorp.com", true), (acme.MatchedOn, acme.Accepted));
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

        routed.ForAccount(null).DidNotFire("Matching.EmailDomain");
        Assert.Empty(routed.Trace.Details!.Accounts);
        Assert.Equal(("gmail.com", true), (routed.Trace.Details.Lead.Domain, routed.Trace.Details.Lead.FreeMail));
    }

    [Theory]
    [InlineData("jane@initech.fr", "acmecorp.com", "acc-initech")]
    [InlineData("jane@acmecorp.com", "https://www.initech.fr/contact", "acc-acme")]
    public void Route_EmailAndWebsiteOfDifferentAccounts_TheEmailsAccountWins(string email, string website, string emailAccount)
    {
        var routed = RoutingKit.Demo().Route(Leads.From(email) with { Website = website, Country = "FR" });

        routed.ForAccount(emailAccount).Fired("Matching.BestMatch");
        Assert.Equal(2, routed.Trace.Details!.Accounts.Count);
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
