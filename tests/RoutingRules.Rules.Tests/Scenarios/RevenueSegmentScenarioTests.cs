using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// A lead that gives no employee count is segmented by its annual revenue when the policy sets
/// revenue bands (territories.enterpriseMinRevenue, midMarketMinRevenue), and reaches the demo's
/// segment territories in France: Enterprise (ter-ent-fr), Mid-market (ter-mm-fr), and SMB given by
/// a bound of at most 49 employees (ter-smb-fr). Without bands it stays the default segment.
/// </summary>
public sealed class RevenueSegmentScenarioTests
{
    // A 2,000-employee prospect without an owner: its leads go on to the territories.
    private static readonly Account Hexa = new()
    {
        Id = "acc-hexa", Name = "Hexa Industries", Domains = ["hexa-industries.fr"], EmployeeCount = 2000, Country = "FR",
    };

    [Theory]
    [InlineData(80_000_000, "ter-ent-fr", "Enterprise")]
    [InlineData(50_000_000, "ter-ent-fr", "Enterprise")]
    [InlineData(12_000_000, "ter-mm-fr", "MidMarket")]
    [InlineData(2_000_000, "ter-smb-fr", "Smb")]
    [InlineData(0, "ter-smb-fr", "Smb")]
    public void Route_UnknownSizeWithRevenueBands_GoesToTheRevenuesSegmentTerritory(int revenue, string territoryId, string segment)
    {
        var routed = WithRevenueBands().Route(UnknownSize(revenue)).AtLevel(RoutingLevel.Territory).InTerritory(territoryId);

        var lead = routed.Trace.Details!.Lead;
        Assert.Equal((null, segment), (lead.EmployeeCount, lead.Segment));
        var territory = RoutingKit.DemoDataset.Territories.Single(t => t.Id == territoryId);
        Assert.Contains(routed.Decision.Assignee.RepId, territory.MemberRepIds);
    }

    /// <summary>Today's behaviour, unchanged: without revenue bands a lead of unknown size is the default segment, mid-market, whatever its revenue.</summary>
    [Theory]
    [InlineData(80_000_000)]
    [InlineData(2_000_000)]
    public void Route_DefaultPolicyUnknownSizeWithRevenue_StaysTheDefaultSegment(int revenue)
    {
        Assert.Null(RoutingKit.DemoDataset.Policy.Territories.EnterpriseMinRevenue);

        var routed = RoutingKit.Demo().Route(UnknownSize(revenue)).AtLevel(RoutingLevel.Territory).InTerritory("ter-mm-fr");

        Assert.Equal("MidMarket", routed.Trace.Details!.Lead.Segment);
    }

    [Fact]
    public void Route_EmployeeCountGiven_TheSizeDecidesWhateverTheRevenue()
    {
        var routed = WithRevenueBands().Route(UnknownSize(80_000_000) with { EmployeeCount = 20 }).InTerritory("ter-smb-fr");

        Assert.Equal("Smb", routed.Trace.Details!.Lead.Segment);
    }

    /// <summary>The account's employee count, taken because the lead gave none, counts as the lead's: it comes before the revenue.</summary>
    [Fact]
    public void Route_LeadOfASizedAccountWithSmallRevenue_TheAccountsSizeDecides()
    {
        var scenario = WithRevenueBands().WithDataset(d => d with { Accounts = [.. d.Accounts, Hexa] });

        var routed = scenario.Route(Leads.From("buyer@hexa-industries.fr") with { AnnualRevenue = 2_000_000 })
            .AtLevel(RoutingLevel.Territory).InTerritory("ter-ent-fr").ForAccount("acc-hexa");

        Assert.Equal((2000, "Enterprise"), (routed.Trace.Details!.Lead.EmployeeCount, routed.Trace.Details.Lead.Segment));
    }

    private static RoutingScenario WithRevenueBands() => RoutingKit.Demo().WithPolicy(p => p with
    {
        Territories = p.Territories with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m },
    });

    private static Lead UnknownSize(decimal revenue) => Leads.From("cfo@revenue-only.fr") with { Country = "FR", AnnualRevenue = revenue };
}
