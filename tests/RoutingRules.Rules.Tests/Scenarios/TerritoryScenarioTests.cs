using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>Territory routing (DOMAIN.md §4) for leads no account level claims.</summary>
public sealed class TerritoryScenarioTests
{
    private static readonly Dictionary<string, Lead> Cases = new()
    {
        ["Paris"] = Leads.InParis("ceo@small-paris-shop.fr"),
        ["Boulogne"] = Leads.InFrance("ceo@boulogne-retail.fr", "92", "Ile-de-France", "Boulogne-Billancourt", "92100"),
        ["Marseille"] = Leads.InFrance("ceo@marseille-port.fr", "13", "Provence-Alpes-Cote d'Azur", "Marseille", "13002"),
        ["department only"] = Leads.InFrance("ceo@aix-savon.fr", "13"),
        ["region only"] = Leads.InFrance("ceo@nice-riviera.fr", region: "Provence-Alpes-Cote d'Azur"),
        ["Paris department only"] = Leads.InFrance("ceo@paris-atelier.fr", "75"),
        ["Lyon"] = Leads.InFrance("ceo@lyon-soie.fr", "69", "Auvergne-Rhone-Alpes", "Lyon", "69002"),
        ["Ajaccio"] = Leads.InFrance("ceo@ajaccio-mer.fr", "2A", "Corse", "Ajaccio", "20000"),
        ["Lille"] = Leads.InFrance("ceo@lille-nord.fr", "59", "Hauts-de-France", "Lille", "59000"),
        ["healthcare in Ile-de-France"] = Leads.InFrance("dr@clinique-92.fr", "92", "Ile-de-France", "Boulogne-Billancourt", "92100") with { Industry = "healthcare", EmployeeCount = 200 },
        ["enterprise healthcare in Ile-de-France"] = Leads.InFrance("dr@hopital-prive.fr", "92", "Ile-de-France", "Boulogne-Billancourt", "92100") with { Industry = "healthcare", EmployeeCount = 5000 },
        ["unknown size in France"] = Leads.From("ceo@mystery-size.fr") with { Country = "FR" },
        ["small company in France"] = Leads.From("ceo@tiny.fr") with { Country = "FR", EmployeeCount = 10 },
        ["enterprise in France"] = Leads.From("ceo@bigco.fr") with { Country = "FR", EmployeeCount = 600 },
        ["secondary industry"] = Leads.From("ceo@mixed.fr") with { Country = "FR", Industry = "retail", SecondaryIndustries = ["manufacturing"] },
        ["primary beats secondary"] = Leads.From("ceo@mixed2.fr") with { Country = "FR", Industry = "healthcare", SecondaryIndustries = ["manufacturing"] },
        ["New York"] = Leads.From("ceo@nyc-startup.com") with { Country = "US", Department = "NY", TimeZone = "America/New_York", PreferredLanguage = "en" },
        ["US healthcare"] = Leads.From("ceo@us-clinic.com") with { Country = "US", Department = "NY", Industry = "healthcare", TimeZone = "America/New_York", PreferredLanguage = "en" },
        ["London"] = Leads.From("ceo@london-firm.co.uk") with { Country = "GB", TimeZone = "Europe/London", PreferredLanguage = "en" },
        ["Berlin"] = Leads.From("ceo@berlin-firma.de") with { Country = "DE", TimeZone = "Europe/Berlin", PreferredLanguage = "de" },
        ["Stockholm"] = Leads.From("ceo@stockholm-ab.se") with { Country = "SE", TimeZone = "Europe/Stockholm", PreferredLanguage = "en" },
        ["financial services in Belgium"] = Leads.From("ceo@banque-bruxelles.be") with { Country = "BE", Industry = "financial services" },
    };

    [Theory]
    [InlineData("Paris", "ter-paris")]
    [InlineData("Boulogne", "ter-idf")]
    [InlineData("Marseille", "ter-sud")]
    [InlineData("department only", "ter-sud")]
    [InlineData("region only", "ter-sud")]
    [InlineData("Paris department only", "ter-paris")]
    [InlineData("Lyon", "ter-ara")]
    [InlineData("Ajaccio", "ter-corse")]
    [InlineData("Lille", "ter-hdf")]
    [InlineData("healthcare in Ile-de-France", "ter-health-fr")]
    [InlineData("enterprise healthcare in Ile-de-France", "ter-ent-health-west")]
    [InlineData("unknown size in France", "ter-mm-fr")]
    [InlineData("small company in France", "ter-smb-fr")]
    [InlineData("enterprise in France", "ter-ent-fr")]
    [InlineData("secondary industry", "ter-manuf-fr")]
    [InlineData("primary beats secondary", "ter-health-fr")]
    [InlineData("New York", "ter-us-east")]
    [InlineData("US healthcare", "ter-us-health")]
    [InlineData("London", "ter-uki")]
    [InlineData("Berlin", "ter-dach")]
    [InlineData("Stockholm", "ter-nordics")]
    [InlineData("financial services in Belgium", "ter-finserv-emea")]
    public void Route_LeadWithoutAccount_GoesToTheWinningTerritory(string scenario, string territoryId)
    {
        var routed = RoutingKit.Demo().Route(Cases[scenario]).InTerritory(territoryId).AtLevel(RoutingLevel.Territory);

        var territory = RoutingKit.DemoDataset.Territories.Single(t => t.Id == territoryId);
        Assert.Contains(routed.Decision.Assignee.RepId, territory.MemberRepIds);
    }

    [Fact]
    public void Route_HealthcareLeadInIleDeFrance_GoesToAHealthcareSpecialistRep()
    {
        var routed = RoutingKit.Demo().Route(Cases["healthcare in Ile-de-France"]).Fired("Territories.DimensionPriority");

        var rep = RoutingKit.DemoDataset.Reps.Single(r => r.Id == routed.Decision.Assignee.RepId);
        Assert.Contains("healthcare", rep.Industries);
    }

    [Theory]
    [InlineData("JP", "Asia/Tokyo")]
    [InlineData("GP", "America/Guadeloupe")]
    [InlineData("RE", "Indian/Reunion")]
    public void Route_OverseasLead_FallsBackToDefaultPool(string country, string zone)
    {
        var lead = Leads.From("ceo@far-away.example") with { Country = country, TimeZone = zone };

        RoutingKit.Demo().Route(lead).AssignedToQueue("default-pool").AtLevel(RoutingLevel.DefaultPool).Fired("Fallback.UnmatchedTerritoryDefaultPool");
    }

    /// <summary>DOMAIN.md §4: no territory matches -> nearest territory if configured, else the default pool.</summary>
    [Theory]
    [InlineData("971", null, "GP", "971")]
    [InlineData(null, "FR-GUA", "GP", "FR-GUA")]
    [InlineData(null, null, "GP", "GP")]
    public void Route_UnmatchedLeadWithANearestTerritoryConfigured_GoesToThatTerritory(string? department, string? region, string country, string configuredArea)
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with
        {
            Territories = p.Territories with { NearestTerritories = new Dictionary<string, string> { [configuredArea] = "ter-paris", ["XX"] = "ter-fr" } },
        });
        var lead = Leads.From("ceo@far-away.example") with { Country = country, Region = region, Department = department, TimeZone = "America/Guadeloupe" };

        var routed = scenario.Route(lead).InTerritory("ter-paris").AtLevel(RoutingLevel.Territory).Fired("Territories.NearestTerritory");

        Assert.Contains(routed.Decision.Assignee.RepId, RoutingKit.DemoDataset.Territories.Single(t => t.Id == "ter-paris").MemberRepIds);
        Assert.DoesNotContain("Fallback.UnmatchedTerritoryDefaultPool", routed.Trace.FiredRules);
        var paris = RoutingKit.DemoDataset.Territories.Single(t => t.Id == "ter-paris").Name;
        Assert.Contains($"No territory covers the lead; {paris} is the nearest territory",
            Domain.Explain.ExplanationRenderer.Render(routed.Decision, routed.Trace, Domain.Explain.ExplanationAudience.Rep, "en").ToText(), StringComparison.Ordinal);
        Assert.Contains($"{paris} est le territoire le plus proche",
            Domain.Explain.ExplanationRenderer.Render(routed.Decision, routed.Trace, Domain.Explain.ExplanationAudience.Ops, "fr").ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Route_NearestTerritoryConfiguredForAnotherArea_StillTheDefaultPool()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with
        {
            Territories = p.Territories with { NearestTerritories = new Dictionary<string, string> { ["RE"] = "ter-paris" } },
        });

        scenario.Route(Leads.From("ceo@far-away.example") with { Country = "GP", TimeZone = "America/Guadeloupe" })
            .AssignedToQueue("default-pool").Fired("Fallback.UnmatchedTerritoryDefaultPool");
    }

    [Fact]
    public void Route_LeadMatchingATerritory_IgnoresTheNearestTerritorySetting()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with
        {
            Territories = p.Territories with { NearestTerritories = new Dictionary<string, string> { ["FR"] = "ter-fr", ["75"] = "ter-fr" } },
        });

        var routed = scenario.Route(Leads.InParis("ceo@paris-shop.fr")).InTerritory("ter-paris");

        Assert.DoesNotContain("Territories.NearestTerritory", routed.Trace.FiredRules);
    }

    [Fact]
    public void Route_GeographyFirstDimensionPriority_PrefersTheCityTerritory()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with
        {
            Territories = p.Territories with { DimensionPriority = [RoutingDimension.Geography, RoutingDimension.Vertical, RoutingDimension.Segment] },
        });
        var lead = Leads.InParis("dr@clinique-paris.fr") with { Industry = "healthcare" };

        scenario.Route(lead).InTerritory("ter-paris");
    }

    [Fact]
    public void Route_OverlapByMatchScore_PrefersTheTerritoryMatchingMoreDimensions()
    {
        var dataset = SmallDatasets.TwoOverlappingTerritories();
        var lead = Leads.InParis("ceo@paris-industry.fr") with { Industry = "manufacturing", EmployeeCount = 100 };

        RoutingKit.With(dataset).Route(lead).InTerritory("vertical-only");
        RoutingKit.With(dataset)
            .WithPolicy(p => p with { Territories = p.Territories with { OverlapResolution = OverlapResolution.MatchScore } })
            .Route(lead).InTerritory("paris-midmarket").Fired("Territories.MatchScore");
    }

    [Fact]
    public void Route_NamedAccountException_SkipsTheExceptingTerritory()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with
        {
            Territories = d.Territories.Select(t => t.Id == "ter-hdf" ? t with { NamedAccountExceptionIds = ["acc-churn-old"] } : t).ToList(),
        });
        var lead = Leads.InFrance("contact@wayne-textile.fr", "59", "Hauts-de-France", "Lille", "59000");

        scenario.Route(lead).Fired("Territories.NamedAccountException").AtLevel(RoutingLevel.Territory);
        Assert.NotEqual("ter-hdf", scenario.Route(lead).Decision.TerritoryId);
    }

    /// <summary>One area listed at two levels by one territory and at one level by another (DOMAIN.md §4).</summary>
    private static Dataset PacaOverlap() => new()
    {
        Reps = [SmallDatasets.Rep("rep-region"), SmallDatasets.Rep("rep-dept")],
        Territories =
        [
            new Territory
            {
                Id = "z-paca", Name = "PACA (region and postal prefixes)",
                Criteria = new TerritoryCriteria { Countries = ["FR"], Regions = ["PACA"], PostalPrefixes = ["13", "06", "83"] },
                MemberRepIds = ["rep-region"], Strategy = DistributionStrategy.Single,
            },
            new Territory
            {
                Id = "b-bdr", Name = "Bouches-du-Rhone (department)",
                Criteria = new TerritoryCriteria { Countries = ["FR"], Departments = ["13"] },
                MemberRepIds = ["rep-dept"], Strategy = DistributionStrategy.Single,
            },
        ],
    };

    /// <summary>"The most specific matching level wins": the level the lead matched at, not the most specific one a territory lists.</summary>
    [Theory]
    [InlineData(OverlapResolution.DimensionPriority)]
    [InlineData(OverlapResolution.MatchScore)]
    public void Route_LeadWithoutPostalCode_DepartmentMatchBeatsRegionMatch(OverlapResolution resolution)
    {
        var lead = Leads.InFrance("ceo@aix-industrie.fr", department: "13", region: "PACA");

        RoutingKit.With(PacaOverlap())
            .WithPolicy(p => p with { Territories = p.Territories with { OverlapResolution = resolution } })
            .Route(lead).InTerritory("b-bdr").AssignedTo("rep-dept");
    }

    [Theory]
    [InlineData(OverlapResolution.DimensionPriority)]
    [InlineData(OverlapResolution.MatchScore)]
    public void Route_LeadWithPostalCode_PostalMatchBeatsDepartmentMatch(OverlapResolution resolution)
    {
        var lead = Leads.InFrance("ceo@aix-industrie.fr", department: "13", region: "PACA", postal: "13100");

        RoutingKit.With(PacaOverlap())
            .WithPolicy(p => p with { Territories = p.Territories with { OverlapResolution = resolution } })
            .Route(lead).InTerritory("z-paca");
    }

    /// <summary>Unknown size is the default segment, for the demo's SMB territory given by a bound (at most 49 employees) too.</summary>
    [Fact]
    public void Route_UnknownSizeWithSmbDefault_GoesToTheSmbTerritoryGivenByBounds()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Territories = p.Territories with { DefaultSegment = Segment.Smb } });

        scenario.Route(Leads.From("ceo@mystery-size.fr") with { Country = "FR" }).InTerritory("ter-smb-fr");
    }
}
