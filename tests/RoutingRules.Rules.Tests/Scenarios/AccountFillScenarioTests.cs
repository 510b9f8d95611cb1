using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// A lead that matched an account takes from it the employee count, industry and country it does
/// not give (policy territories.fillFromMatchedAccount), before its segment, fit and territories are
/// worked out. The prospects added here have no owner, so their leads go on to the territories.
/// </summary>
public sealed class AccountFillScenarioTests
{
    // 2,000 employees in France, industry unknown: only its size and country can fill a lead.
    private static readonly Account Hexa = new()
    {
        Id = "acc-hexa", Name = "Hexa Industries", Domains = ["hexa-industries.fr"], EmployeeCount = 2000, Country = "FR",
    };

    // The seed's example: a known 2,000-employee healthcare account.
    private static readonly Account Clinique = new()
    {
        Id = "acc-clinique", Name = "Clinique Horizon", Domains = ["clinique-horizon.fr"], EmployeeCount = 2000, Industry = "healthcare", Country = "FR",
    };

    // In Germany, size and industry unknown: only its country can fill a lead.
    private static readonly Account Werke = new()
    {
        Id = "acc-werke", Name = "Berliner Werke", Domains = ["berliner-werke.de"], Country = "DE",
    };

    [Fact]
    public void Route_EmailOnlyLeadOfALargeProspect_LandsInTheEnterpriseTerritory()
    {
        var routed = WithProspects().Route(Leads.From("buyer@hexa-industries.fr"))
            .AtLevel(RoutingLevel.Territory).InTerritory("ter-ent-fr").ForAccount("acc-hexa");

        Assert.Equal("Enterprise", routed.Trace.Details!.Lead.Segment);
        Assert.Equal(2000, routed.Trace.Details.Lead.EmployeeCount);
        // The decision keeps the segment routing worked with (the account's), for the conversion by segment.
        Assert.Equal(Segment.Enterprise, routed.Decision.Segment);
        Assert.Equal("EmployeeCount, Country", FilledNote(routed)?["filled"]);
        Assert.Equal("acc-hexa", FilledNote(routed)?["filledFrom"]);
    }

    [Fact]
    public void Route_EmailOnlyLeadOfAHealthcareProspect_LandsInTheHealthcareVertical()
    {
        var routed = WithProspects().Route(Leads.From("dr@clinique-horizon.fr"))
            .AtLevel(RoutingLevel.Territory).InTerritory("ter-health-fr");

        var chosen = Assert.Single(routed.Trace.Details!.Territories, t => t.Chosen);
        Assert.Equal("Primary", chosen.Vertical);
        Assert.Equal("healthcare", routed.Trace.Details.Lead.Industry);
        Assert.Equal("EmployeeCount, Industry, Country", FilledNote(routed)?["filled"]);
    }

    [Fact]
    public void Route_LeadWithoutACountryOfAGermanProspect_LandsInTheAccountsCountry()
    {
        var routed = WithProspects().Route(Leads.From("einkauf@berliner-werke.de"))
            .AtLevel(RoutingLevel.Territory).InTerritory("ter-dach").NotFlagged(RoutingFlags.NoTerritoryMatch);

        Assert.Equal("DE", routed.Trace.Details!.Lead.Country);
        Assert.Equal("Country", FilledNote(routed)?["filled"]);
    }

    [Fact]
    public void Route_LeadGivingItsOwnSizeAndIndustry_KeepsThemAndTakesOnlyTheCountry()
    {
        var routed = WithProspects().Route(Leads.From("shop@clinique-horizon.fr") with { EmployeeCount = 20, Industry = "retail" })
            .AtLevel(RoutingLevel.Territory).InTerritory("ter-smb-fr");

        var lead = routed.Trace.Details!.Lead;
        Assert.Equal((20, "retail", "FR", "Smb"), (lead.EmployeeCount, lead.Industry, lead.Country, lead.Segment));
        Assert.Equal(Segment.Smb, routed.Decision.Segment);
        Assert.Equal("Country", FilledNote(routed)?["filled"]);
    }

    [Fact]
    public void Route_LeadGivingEverything_TakesNothing()
    {
        var routed = WithProspects().Route(Leads.InParis("dg@clinique-horizon.fr") with { EmployeeCount = 120, Industry = "manufacturing" })
            .AtLevel(RoutingLevel.Territory).InTerritory("ter-manuf-fr");

        Assert.Null(FilledNote(routed));
        Assert.Equal("MidMarket", routed.Trace.Details!.Lead.Segment);
    }

    [Fact]
    public void Route_SimilarNameLeftForManualReview_TakesNothingFromTheAccount()
    {
        // "Definitech" is in the manual-review band against Initech (450 employees, technology, France): no match, so no fill.
        var routed = RoutingKit.Demo().Route(Leads.From("someone@gmail.com", "Definitech"))
            .ForAccount(null).Flagged(RoutingFlags.ManualReviewMatch | RoutingFlags.NoTerritoryMatch).Fired("Matching.FuzzyNameNeedsReview");

        var lead = routed.Trace.Details!.Lead;
        Assert.Equal((null, null, null, "MidMarket"), (lead.EmployeeCount, lead.Industry, lead.Country, lead.Segment));
        Assert.Null(FilledNote(routed));
    }

    [Fact]
    public void Route_SwitchedOff_RoutesOnTheLeadsOwnFields()
    {
        var scenario = WithProspects().WithPolicy(p => p with { Territories = p.Territories with { FillFromMatchedAccount = false } });

        var routed = scenario.Route(Leads.From("buyer@hexa-industries.fr"))
            .ForAccount("acc-hexa").Flagged(RoutingFlags.NoTerritoryMatch).Fired("Fallback.UnmatchedTerritoryDefaultPool");

        Assert.Equal("MidMarket", routed.Trace.Details!.Lead.Segment);
        Assert.Null(routed.Trace.Details.Lead.Country);
        Assert.Null(FilledNote(routed));
    }

    private static RoutingScenario WithProspects() =>
        RoutingKit.Demo().WithDataset(d => d with { Accounts = [.. d.Accounts, Hexa, Clinique, Werke] });

    private static Domain.Explain.TraceFact? FilledNote(RoutedLead routed) =>
        routed.Trace.Details!.Notes.FirstOrDefault(n => n.Type == "Lead" && n["filled"] is not null);
}
