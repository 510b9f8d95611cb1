using Google.Protobuf.WellKnownTypes;
using Proto = RoutingRules.V1;
using static RoutingRules.Server.Tests.Escalation.EscalationServiceTests;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// Real conversion in GetRoutingHealth on the demo server: leads routed by the rule set (Paris
/// intra-muros, Hauts-de-France, the default pool), their outcomes recorded with RecordOutcome.
/// </summary>
public sealed class ConversionServiceTests
{
    [Fact]
    public async Task GetRoutingHealth_RecordedOutcomes_ConversionPerTerritoryLevelSourceSegmentRepAndTheSpread()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await SetMinimumAsync(server, 2);
        // Paris: 2 of 3 converted; Lille (Hauts-de-France): 0 of 2; a queue lead from Japan: disqualified.
        await RouteAsync(server, Lead(ParisLead("cv-p1"), Proto.LeadSource.Organic));
        await RouteAsync(server, Lead(ParisLead("cv-p2"), Proto.LeadSource.Organic));
        await RouteAsync(server, Lead(ParisLead("cv-p3"), Proto.LeadSource.Event));
        await RouteAsync(server, Lead(LilleLead("cv-l1"), Proto.LeadSource.Event));
        await RouteAsync(server, Lead(LilleLead("cv-l2"), Proto.LeadSource.Event));
        await RouteAsync(server, Lead(LilleLead("cv-l3"), Proto.LeadSource.Event));
        await QueueHealthServiceTests.RouteOverseasAsync(server, ("cv-q1", 10));
        foreach (var (lead, outcome) in new[]
        {
            ("cv-p1", Proto.LeadOutcome.Converted), ("cv-p2", Proto.LeadOutcome.Converted), ("cv-p3", Proto.LeadOutcome.ClosedLost),
            ("cv-l1", Proto.LeadOutcome.ClosedLost), ("cv-l2", Proto.LeadOutcome.Disqualified), ("cv-l3", Proto.LeadOutcome.Open),
            ("cv-q1", Proto.LeadOutcome.Disqualified),
        })
        {
            await RecordOutcomeServiceTests.RecordAsync(server.Client, lead, outcome);
        }

        var health = await HealthAsync(server);

        Assert.Equal(7, health.Decisions);
        Assert.Equal((6, 2), (health.DecisionsWithOutcome, health.Converted));
        Assert.Equal(2.0 / 6, health.ConversionRate, 9);
        Assert.Equal(
            [("ter-paris", "Paris intra-muros", 3, 2, (double?)(2.0 / 3)), ("ter-hdf", "Hauts-de-France", 2, 0, 0.0)],
            health.ConversionByTerritory.Select(Row));
        Assert.Equal(2.0 / 3, health.ActualTerritoryConversionSpread, 9);
        Assert.True(health.ActualTerritoryConversionSpreadAboveAlert);
        Assert.Equal(0.20, health.TerritoryConversionSpreadAlert, 9);
        Assert.Equal(
            [(Proto.RoutingLevel.Territory, 5, 2, (double?)0.4), (Proto.RoutingLevel.DefaultPool, 1, 0, null)],
            health.ConversionByLevel.Select(r => (r.Level, r.Outcomes, r.Converted, Rate(r))));
        Assert.Equal(
            [(Proto.LeadSource.Organic, 2, 2, (double?)1.0), (Proto.LeadSource.Event, 3, 0, 0.0), (Proto.LeadSource.Unspecified, 1, 0, null)],
            health.ConversionBySource.Select(r => (r.Source, r.Outcomes, r.Converted, Rate(r))));
        // No lead gave its size: every one is in the policy's default segment.
        Assert.Equal([(Proto.Segment.MidMarket, 6, 2)], health.ConversionBySegment.Select(r => (r.Segment, r.Outcomes, r.Converted)));
        Assert.Equal(5, health.ConversionByRep.Sum(r => r.Outcomes));
        Assert.All(health.ConversionByRep, r => Assert.NotEqual(string.Empty, r.Id));
        Assert.True(health.ConversionByRep[0].ConversionRate >= health.ConversionByRep.Where(r => r.HasConversionRate).Last().ConversionRate);
    }

    /// <summary>The outcome belongs to the decision it was recorded on: once a reroute replaced it, the lead has none.</summary>
    [Fact]
    public async Task GetRoutingHealth_OutcomeOfADecisionSinceRerouted_NotCounted()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(server, ParisLead("cv-r1"));
        await RecordOutcomeServiceTests.RecordAsync(server.Client, "cv-r1", Proto.LeadOutcome.Converted);
        await server.Client.UnaryAsync(Service + "RouteLead", new Proto.RouteLeadRequest { Lead = ParisLead("cv-r1"), Reroute = true }, Proto.RouteLeadResponse.Parser);

        var health = await HealthAsync(server);

        Assert.Equal((1, 0, 0), (health.Decisions, health.DecisionsWithOutcome, health.Converted));
        Assert.False(health.HasConversionRate);
        Assert.Empty(health.ConversionByTerritory);
        Assert.False(health.HasActualTerritoryConversionSpread);
        Assert.False(health.ActualTerritoryConversionSpreadAboveAlert);
    }

    /// <summary>With the default minimum (20 outcomes) a handful of leads gives counts, no rates and no spread.</summary>
    [Fact]
    public async Task GetRoutingHealth_FewerOutcomesThanTheDefaultMinimum_CountsWithoutRates()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(server, ParisLead("cv-m1"));
        await RouteAsync(server, LilleLead("cv-m2"));
        await RecordOutcomeServiceTests.RecordAsync(server.Client, "cv-m1", Proto.LeadOutcome.Converted);
        await RecordOutcomeServiceTests.RecordAsync(server.Client, "cv-m2", Proto.LeadOutcome.ClosedLost);

        var health = await HealthAsync(server);

        Assert.Equal(0.5, health.ConversionRate, 9);
        Assert.Equal(2, health.ConversionByTerritory.Count);
        Assert.All(health.ConversionByTerritory.Concat(health.ConversionByRep), r => Assert.False(r.HasConversionRate));
        Assert.False(health.HasActualTerritoryConversionSpread);
    }

    private static Proto.Lead LilleLead(string id) =>
        new() { Id = id, Email = $"ceo@{id}-shop.fr", Country = "FR", Department = "59", City = "Lille", TimeZone = "Europe/Paris" };

    private static Proto.Lead Lead(Proto.Lead lead, Proto.LeadSource source)
    {
        lead.Source = source;
        return lead;
    }

    private static (string, string, int, int, double?) Row(Proto.LeadConversion row) => (row.Id, row.Name, row.Outcomes, row.Converted, Rate(row));

    private static double? Rate(Proto.LeadConversion row) => row.HasConversionRate ? row.ConversionRate : null;

    private static async Task SetMinimumAsync(TestServer server, int minimum)
    {
        var policy = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        policy.Health.MinOutcomesPerGroup = minimum;
        await server.CallAsync("SetPolicy", new Proto.SetPolicyRequest { Policy = policy }, Proto.RoutingPolicy.Parser);
    }

    private static Task<Proto.GetRoutingHealthResponse> HealthAsync(TestServer server) =>
        server.Client.UnaryAsync(Service + "GetRoutingHealth", new Proto.GetRoutingHealthRequest(), Proto.GetRoutingHealthResponse.Parser);
}
