using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>Lead-to-account matching (DOMAIN.md §3).</summary>
public sealed class MatchingScenarioTests
{
    [Theory]
    [InlineData("someone@gmail.com")]
    [InlineData("someone@yahoo.fr")]
    [InlineData("someone@hotmail.co.uk")]
    [InlineData("someone@orange.fr")]
    [InlineData("someone@proton.me")]
    public void Route_FreeMailLead_NeverMatchesAnAccount(string email)
    {
        RoutingKit.Demo().Route(Leads.From(email)).ForAccount(null).DidNotFire("Matching.EmailDomain");
    }

    [Fact]
    public void Route_FreeMailDomainListedByAnAccount_StillDoesNotMatch()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with
        {
            Accounts = [.. d.Accounts, new Account { Id = "acc-misconfigured", Name = "Misconfigured", Domains = ["gmail.com"], Status = AccountStatus.Customer, OwnerId = "ae-paris-1" }],
        });

        scenario.Route(Leads.From("someone@gmail.com")).ForAccount(null);
    }

    [Theory]
    [InlineData("eu.sales.acmecorp.com")]
    [InlineData("acme.com")]
    [InlineData("acmecorp.net")]
    [InlineData("ACMECORP.COM")]
    public void Route_AnyDomainOfTheAccountOrSubDomain_MatchesIt(string domain)
    {
        RoutingKit.Demo().Route(Leads.From("jane@" + domain)).ForAccount("acc-acme").Fired("Matching.EmailDomain");
    }

    [Theory]
    [InlineData("Microsoft Inc", "acc-microsoft", "Matching.CompanyName")]
    [InlineData("MICROSOFT Corporation", "acc-microsoft", "Matching.CompanyName")]
    [InlineData("Initech", "acc-initech", "Matching.CompanyName")]
    [InlineData("Crédit Horizon S.A.", "acc-enterprise-bank", "Matching.CompanyName")]
    [InlineData("I.B.M.", "acc-ibm", "Matching.Alias")]
    [InlineData("Big Blue", "acc-ibm", "Matching.Alias")]
    [InlineData("Microsft", "acc-microsoft", "Matching.FuzzyName")]
    public void Route_CompanyName_MatchesNormalisedAliasOrSimilarName(string company, string accountId, string rule)
    {
        RoutingKit.Demo().Route(Leads.From("someone@gmail.com", company)).ForAccount(accountId).Fired(rule);
    }

    [Fact]
    public void Route_NameBetweenReviewAndMatchThresholds_IsFlaggedAndNotMatched()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Matching = p.Matching with { FuzzyMatchThreshold = 0.99, FuzzyReviewThreshold = 0.80 } });

        scenario.Route(Leads.From("someone@gmail.com", "Microsft"))
            .ForAccount(null).Flagged(RoutingFlags.ManualReviewMatch).Fired("Matching.FuzzyNameNeedsReview");
    }

    [Fact]
    public void Route_DomainAndNameOfDifferentAccounts_PrefersTheDomain()
    {
        RoutingKit.Demo().Route(Leads.From("x@initech.fr", "Hooli France")).ForAccount("acc-initech");
    }

    [Fact]
    public void Route_FirstLeadOfUnknownCorporateDomain_IsCountedWithoutCreatingAnAccount()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("founder@brand-new-company.fr"));

        Assert.Equal("brand-new-company.fr", routed.Outcome.Changes.SightedDomain);
        Assert.Null(routed.Outcome.Changes.CreatedAccount);
        routed.ForAccount(null).Fired("Matching.RecordUnknownDomain");
    }

    [Fact]
    public void Route_ThirdLeadOfUnknownDomain_CreatesAccountOwnedByFirstLeadsOwner()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("ceo@novacorp-industries.io"));

        var created = routed.Outcome.Changes.CreatedAccount;
        Assert.NotNull(created);
        Assert.Equal("ae-paris-3", created.OwnerId);
        Assert.Contains("novacorp-industries.io", created.Domains);
        Assert.Null(routed.Outcome.Changes.SightedDomain);
        Assert.True(created.AutoCreated);
        routed.ForAccount(created.Id);
    }

    [Fact]
    public void Route_LaterLeadOfCreatedAccount_FollowsItsOwnerNotTheTerritory()
    {
        // The account the third lead of novacorp-industries.io created, as the store then holds it.
        var created = RoutingKit.Demo().Route(Leads.From("ceo@novacorp-industries.io")).Outcome.Changes.CreatedAccount!;
        var scenario = RoutingKit.Demo().WithDataset(d => d with { Accounts = [.. d.Accounts, created] });

        scenario.Route(Leads.InFrance("cfo@novacorp-industries.io", "13", "Provence-Alpes-Cote d'Azur", "Marseille", "13001"))
            .AssignedTo("ae-paris-3").AtLevel(RoutingLevel.PreviousOwner).ForAccount(created.Id).InTerritory(null)
            .Fired("Accounts.AutoCreatedAccountFollowUp").NotFlagged(RoutingFlags.AutoCreatedAccount);
    }

    [Fact]
    public void Route_LeadOfProspectEnteredByPeople_GoesToTheTerritoryNotTheOwner()
    {
        var created = RoutingKit.Demo().Route(Leads.From("ceo@novacorp-industries.io")).Outcome.Changes.CreatedAccount!;
        var scenario = RoutingKit.Demo().WithDataset(d => d with { Accounts = [.. d.Accounts, created with { AutoCreated = false }] });

        scenario.Route(Leads.InFrance("cfo@novacorp-industries.io", "13", "Provence-Alpes-Cote d'Azur", "Marseille", "13001"))
            .AtLevel(RoutingLevel.Territory).DidNotFire("Accounts.AutoCreatedAccountFollowUp");
    }

    [Fact]
    public void Route_UnknownDomainBelowConfiguredCount_DoesNotCreateAccount()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Accounts = p.Accounts with { AutoCreateAccountLeadCount = 5 } });

        var routed = scenario.Route(Leads.From("ceo@novacorp-industries.io"));

        Assert.Null(routed.Outcome.Changes.CreatedAccount);
        Assert.Equal("novacorp-industries.io", routed.Outcome.Changes.SightedDomain);
    }

    [Fact]
    public void Route_LiveSightingsOfUnknownDomain_CountTowardsCreation()
    {
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(Leads.InParis("a@fresh-corp.fr"));
        scenario.RouteAndCommit(Leads.InParis("b@fresh-corp.fr"));

        var third = scenario.Route(Leads.InParis("c@fresh-corp.fr"));

        Assert.NotNull(third.Outcome.Changes.CreatedAccount);
        third.Flagged(RoutingFlags.AutoCreatedAccount);
    }
}
