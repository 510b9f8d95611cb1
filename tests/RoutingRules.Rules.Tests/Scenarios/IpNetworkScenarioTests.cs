using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// The IP address as a supplementary account signal (DOMAIN.md §3, point 3). Demo networks: Acme Corp
/// 203.0.113.0/24 and 2001:db8:acce::/48, Acme Sud 203.0.113.192/26, Initech 198.51.100.0/24 and
/// 2001:db8:1::/48. "Definitech" scores 0.78 against Initech: in the manual-review band.
/// </summary>
public sealed class IpNetworkScenarioTests
{
    private const string ReviewBandName = "Definitech";

    [Theory]
    [InlineData("198.51.100.23")]
    [InlineData("198.51.100.0")]
    [InlineData("198.51.100.255")]
    [InlineData("2001:db8:1::42")]
    [InlineData("::ffff:198.51.100.23")]
    public void Route_NameInReviewBandAndIpInThatAccountsNetwork_MatchesTheAccount(string ip)
    {
        RoutingKit.Demo().Route(Leads.From("someone@gmail.com", ReviewBandName) with { IpAddress = ip })
            .ForAccount("acc-initech").AssignedTo("am-fr-1").AtLevel(RoutingLevel.AccountManager)
            .Fired("Matching.IpNetworkCorroboratesName")
            .NotFlagged(RoutingFlags.ManualReviewMatch | RoutingFlags.IpNetworkAccount)
            .DidNotFire("Matching.FuzzyNameNeedsReview");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("198.51.101.1")]
    [InlineData("198.51.99.255")]
    [InlineData("2001:db8:2::1")]
    [InlineData("not an address")]
    public void Route_NameInReviewBandWithoutAnIpOfThatAccount_StaysAManualReview(string? ip)
    {
        RoutingKit.Demo().Route(Leads.From("someone@gmail.com", ReviewBandName) with { IpAddress = ip })
            .ForAccount(null).Flagged(RoutingFlags.ManualReviewMatch)
            .DidNotFire("Matching.IpNetworkCorroboratesName");
    }

    [Fact]
    public void Route_NameInReviewBandAndIpOfAnotherAccount_IsNotCorroborated()
    {
        RoutingKit.Demo().Route(Leads.From("someone@gmail.com", ReviewBandName) with { IpAddress = "203.0.113.45" })
            .ForAccount(null).Flagged(RoutingFlags.ManualReviewMatch | RoutingFlags.IpNetworkAccount)
            .DidNotFire("Matching.IpNetworkCorroboratesName");
    }

    [Fact]
    public void Route_NameBelowTheReviewThresholdAndIpOfThatAccount_IsNoMatch()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Matching = p.Matching with { FuzzyReviewThreshold = 0.79 } });

        scenario.Route(Leads.From("someone@gmail.com", ReviewBandName) with { IpAddress = "198.51.100.23" })
            .ForAccount(null).Flagged(RoutingFlags.IpNetworkAccount).DidNotFire("Matching.IpNetworkCorroboratesName");
    }

    [Fact]
    public void Route_IpAddressTurnedOffByThePolicy_IsIgnored()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Matching = p.Matching with { UseIpAddress = false } });

        scenario.Route(Leads.From("someone@gmail.com", ReviewBandName) with { IpAddress = "198.51.100.23" })
            .ForAccount(null).Flagged(RoutingFlags.ManualReviewMatch).NotFlagged(RoutingFlags.IpNetworkAccount)
            .DidNotFire("Matching.IpNetworkCorroboratesName");
        scenario.Route(Leads.InParis("buyer@brand-new-ip.fr") with { IpAddress = "203.0.113.45" })
            .NotFlagged(RoutingFlags.IpNetworkAccount).DidNotFire("Matching.IpNetworkSignal");
    }

    [Fact]
    public void Route_IpAloneFromAnUnknownCorporateDomain_IsNotAttributedButFlagged()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("buyer@brand-new-ip.fr") with { IpAddress = "203.0.113.45" })
            .ForAccount(null).AtLevel(RoutingLevel.Territory).InTerritory("ter-paris")
            .Flagged(RoutingFlags.IpNetworkAccount).Fired("Matching.IpNetworkSignal");

        Assert.Equal("brand-new-ip.fr", routed.Outcome.Changes.SightedDomain);
        var flag = Assert.Single(routed.Trace.Details!.Flags, f => f.Flag == nameof(RoutingFlags.IpNetworkAccount));
        Assert.Contains("Acme Corp", flag.Reason);
        Assert.DoesNotContain("203.0.113.45", flag.Reason);
    }

    [Theory]
    [InlineData("someone@gmail.com")]
    [InlineData("someone@orange.fr")]
    public void Route_FreeMailLeadWithACorporateIp_IsNotAttributedButFlagged(string email)
    {
        RoutingKit.Demo().Route(Leads.InParis(email) with { IpAddress = "2001:db8:acce:12::7" })
            .ForAccount(null).AtLevel(RoutingLevel.Territory)
            .Flagged(RoutingFlags.IpNetworkAccount).NotFlagged(RoutingFlags.ManualReviewMatch);
    }

    [Fact]
    public void Route_DomainOfOneAccountAndIpOfAnother_TheDomainDecides()
    {
        RoutingKit.Demo().Route(Leads.From("it@initech.fr") with { IpAddress = "203.0.113.45" })
            .ForAccount("acc-initech").AssignedTo("am-fr-1").Fired("Matching.EmailDomain")
            .Flagged(RoutingFlags.IpNetworkAccount);
    }

    [Fact]
    public void Route_DomainAndIpOfTheSameAccount_IsNotFlagged()
    {
        RoutingKit.Demo().Route(Leads.From("jane@acmecorp.com") with { IpAddress = "203.0.113.45" })
            .ForAccount("acc-acme").AssignedTo("ae-sud-1").NotFlagged(RoutingFlags.IpNetworkAccount).DidNotFire("Matching.IpNetworkSignal");
    }

    [Fact]
    public void Route_SubsidiaryLeadFromTheParentsNetwork_IsNotFlagged()
    {
        RoutingKit.Demo().Route(Leads.From("achats@acme-sud.fr") with { IpAddress = "203.0.113.45" })
            .ForAccount("acc-acme").Fired("Matching.SubsidiaryToParent").NotFlagged(RoutingFlags.IpNetworkAccount);
    }

    [Fact]
    public void Route_IpInNestedNetworks_SignalsEachAccount()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("someone@gmail.com") with { IpAddress = "203.0.113.200" });

        var reasons = routed.Trace.Details!.Flags.Where(f => f.Flag == nameof(RoutingFlags.IpNetworkAccount)).Select(f => f.Reason).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("acc-acme-sud", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("(acc-acme)", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_CorroboratedName_SaysTheNetworkConfirmedIt()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("someone@gmail.com", ReviewBandName) with { IpAddress = "198.51.100.23" });

        foreach (var audience in new[] { ExplanationAudience.Rep, ExplanationAudience.Ops })
        {
            var en = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, "en");
            var fr = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, "fr");
            Assert.Contains("office network 198.51.100.0/24, which confirms it", Assert.Single(en.Steps, s => s.Key == "match.account.ip").Text);
            Assert.Contains("réseau de bureau du compte, 198.51.100.0/24", Assert.Single(fr.Steps, s => s.Key == "match.account.ip").Text);
        }
    }

    [Fact]
    public void Explain_IpAlone_NamesTheAccountWhoseNetworkItIs()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("someone@gmail.com") with { IpAddress = "203.0.113.45" });

        var en = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");
        var fr = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "fr");

        Assert.Equal("The lead's IP address is in the office network of Acme Corp (203.0.113.0/24); an IP address alone never decides the account, " +
            "so the lead was not attributed to it and its owner is told.", Assert.Single(en.Steps, s => s.Key == "flag.IpNetworkAccount").Text);
        Assert.Contains("réseau de bureau d'Acme Corp (203.0.113.0/24)", Assert.Single(fr.Steps, s => s.Key == "flag.IpNetworkAccount").Text);
        Assert.DoesNotContain(en.Steps, s => s.Text.Contains("203.0.113.45", StringComparison.Ordinal));
    }
}
