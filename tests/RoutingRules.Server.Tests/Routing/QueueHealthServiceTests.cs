using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>ListQueue and GetRoutingHealth over loopback on the demo server with the real rule set.</summary>
public sealed class QueueHealthServiceTests
{
    internal const string Service = "/routingrules.v1.LeadRouter/";

    [Fact]
    public async Task ListQueue_ScoredUnscoredAndTiedLeads_RankedByScoreThenAge()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteOverseasAsync(server, ("q-90-older", 90), ("q-none", null), ("q-40", 40), ("q-90", 90));
        await RouteAsync(server, new Proto.Lead { Id = "q-paris", Email = "ceo@small-paris-shop.fr", Country = "FR", Department = "75", City = "Paris", Score = 99 });

        var response = await ListAsync(server, new Proto.ListQueueRequest { Queue = "default-pool" });

        Assert.Equal(["q-90-older", "q-90", "q-40", "q-none"], response.Leads.Select(l => l.LeadId));
        Assert.Equal([true, true, true, false], response.Leads.Select(l => l.HasScore));
        Assert.Equal(90, response.Leads[0].Score);
        Assert.All(response.Leads, l => Assert.Equal(Proto.RoutingLevel.DefaultPool, l.Level));
        Assert.All(response.Leads, l => Assert.NotEqual(string.Empty, l.DecisionId));
        Assert.True(response.Leads[0].DecidedAt.ToDateTimeOffset() <= response.Leads[1].DecidedAt.ToDateTimeOffset());
        Assert.Equal(new Proto.QueueStatus { Queue = "default-pool", Length = 4, AlertThreshold = 20 }, response.Status);
    }

    [Fact]
    public async Task ListQueue_LeadSomeoneTookUp_ListedAfterTheWaitingOnesWithWhen()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteOverseasAsync(server, ("taken-90", 90), ("waiting-40", 40), ("waiting-none", null));
        var ack = await server.Client.UnaryAsync(Service + "AcknowledgeLead", new Proto.AcknowledgeLeadRequest { LeadId = "taken-90" },
            Proto.AcknowledgeLeadResponse.Parser);

        var response = await ListAsync(server, new Proto.ListQueueRequest { Queue = "default-pool" });

        Assert.Equal(["waiting-40", "waiting-none", "taken-90"], response.Leads.Select(l => l.LeadId));
        Assert.Equal([false, false, true], response.Leads.Select(l => l.AcknowledgedAt is not null));
        Assert.Equal(ack.AcknowledgedAt, response.Leads[2].AcknowledgedAt);
        Assert.Equal(3, response.Status.Length);
    }

    [Fact]
    public async Task ListQueue_LimitBelowLength_ListsTheBestAndCountsAll()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteOverseasAsync(server, ("a", 10), ("b", 70), ("c", null));

        var response = await ListAsync(server, new Proto.ListQueueRequest { Queue = "default-pool", Limit = 1 });

        Assert.Equal("b", Assert.Single(response.Leads).LeadId);
        Assert.Equal(3, response.Status.Length);
    }

    [Fact]
    public async Task ListQueue_RerouteAndUnknownQueue_LeadLeavesAndUnknownIsEmpty()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteOverseasAsync(server, ("moved", 50), ("stays", 20));
        await RouteAsync(server, new Proto.Lead { Id = "moved", Email = "ceo@small-paris-shop.fr", Country = "FR", Department = "75", City = "Paris" }, reroute: true);

        var pool = await ListAsync(server, new Proto.ListQueueRequest { Queue = "default-pool" });
        var unknown = await ListAsync(server, new Proto.ListQueueRequest { Queue = "no-such-queue" });

        Assert.Equal(["stays"], pool.Leads.Select(l => l.LeadId));
        Assert.Empty(unknown.Leads);
        Assert.Equal(0, unknown.Status.Length);
        Assert.False(unknown.Status.AboveAlertThreshold);
    }

    [Fact]
    public async Task ListQueue_QueueAboveThreshold_AlertSet()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await SetPolicyAsync(server, p => p.Queues.QueueAlertThreshold = 2);
        await RouteOverseasAsync(server, ("a", 1), ("b", 2));
        var atThreshold = await ListAsync(server, new Proto.ListQueueRequest { Queue = "default-pool" });
        await RouteOverseasAsync(server, ("c", 3));

        var above = await ListAsync(server, new Proto.ListQueueRequest { Queue = "default-pool" });

        Assert.False(atThreshold.Status.AboveAlertThreshold);
        Assert.True(above.Status.AboveAlertThreshold);
        Assert.Equal(2, above.Status.AlertThreshold);
    }

    [Theory]
    [InlineData("", null, new[] { "queue" })]
    [InlineData("  ", 10, new[] { "queue" })]
    [InlineData("priority", 0, new[] { "limit" })]
    [InlineData("priority", 1001, new[] { "limit" })]
    [InlineData("", -1, new[] { "queue", "limit" })]
    [InlineData("257 characters", null, new[] { "queue" })]
    public async Task ListQueue_BadRequest_InvalidArgumentNamingFields(string queue, int? limit, string[] fields)
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        var request = new Proto.ListQueueRequest { Queue = queue == "257 characters" ? new string('q', LeadRequestValidator.MaxIdLength + 1) : queue };
        if (limit is { } n)
        {
            request.Limit = n;
        }

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => ListAsync(server, request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(fields, error.GetBadRequest()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task GetRoutingHealth_UnmatchedLeads_ShareAlertAndQueues()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteOverseasAsync(server, ("h1", 10), ("h2", null));
        await RouteAsync(server, new Proto.Lead { Id = "h3", Email = "ceo@small-paris-shop.fr", Country = "FR", Department = "75", City = "Paris" });
        await RouteAsync(server, new Proto.Lead { Id = "h4", Email = "jane@acmecorp.com", CompanyName = "Acme Corp", Country = "JP" });

        var health = await HealthAsync(server, new Proto.GetRoutingHealthRequest());

        Assert.Equal(4, health.Decisions);
        Assert.Equal(2, health.Unmatched);
        Assert.Equal(0.5, health.UnmatchedShare, 6);
        Assert.Equal(0.10, health.UnmatchedShareAlert, 6);
        Assert.True(health.UnmatchedAboveAlert);
        Assert.Equal(TimeSpan.FromDays(30), health.WindowEnd.ToDateTimeOffset() - health.WindowStart.ToDateTimeOffset());
        Assert.Equal(new Proto.QueueStatus { Queue = "default-pool", Length = 2, AlertThreshold = 20 }, health.Queues[0]);
        Assert.Contains(health.Queues, q => q.Queue == "priority" && q.Length == 0);
        Assert.Contains(health.Queues, q => q.Queue == "escalation");
        Assert.Equal(4, health.TimeToAssignCount);
        Assert.InRange(health.TimeToAssignMedian.ToTimeSpan(), TimeSpan.FromTicks(1), health.TimeToAssignMax.ToTimeSpan());
        Assert.Equal(TimeSpan.FromSeconds(10), health.TimeToAssignTarget.ToTimeSpan());
        Assert.False(health.TimeToAssignAboveTarget);
    }

    /// <summary>
    /// Why leads matched no territory, over loopback on the demo data without DACH (Germany is left to
    /// Financial Services EMEA, a vertical): two Japanese technology leads and a Brazilian retailer
    /// (no territory lists their country), a German mining company (a new industry there), a retailer
    /// that gave no country (missing data); a Paris lead matched and is in none of it.
    /// </summary>
    [Fact]
    public async Task GetRoutingHealth_UnmatchedLeads_ReasonsNewCountriesAndIndustries()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await server.CallAsync("DeleteTerritory", new Proto.DeleteRequest { Id = "ter-dach" }, Proto.DeleteResponse.Parser);
        await RouteAsync(server, new Proto.Lead { Id = "u1", Email = "cto@u1.example", Country = "JP", Industry = "technology" });
        await RouteAsync(server, new Proto.Lead { Id = "u2", Email = "cto@u2.example", Country = "jp", Industry = "Technology" });
        await RouteAsync(server, new Proto.Lead { Id = "u3", Email = "ceo@u3.example", Country = "BR", Industry = "retail" });
        await RouteAsync(server, new Proto.Lead { Id = "u4", Email = "ceo@u4.example", Country = "DE", City = "Essen", Industry = "mining" });
        await RouteAsync(server, new Proto.Lead { Id = "u5", Email = "ceo@u5.example", Industry = "retail" });
        await RouteAsync(server, new Proto.Lead { Id = "u6", Email = "ceo@small-paris-shop.fr", Country = "FR", Department = "75", City = "Paris", Industry = "mining" });

        var health = await HealthAsync(server, new Proto.GetRoutingHealthRequest());

        Assert.Equal((6, 5), (health.Decisions, health.Unmatched));
        Assert.Equal(
            [(Proto.UnmatchedReason.UncoveredCountry, 3), (Proto.UnmatchedReason.MissingData, 1), (Proto.UnmatchedReason.UncoveredIndustry, 1)],
            health.UnmatchedByReason.Select(r => (r.Reason, r.Count)));
        Assert.Equal([("JP", 2, 2), ("BR", 1, 1)], health.UnmatchedUncoveredCountries.Select(c => (c.Value, c.Unmatched, c.Uncovered)));
        Assert.Equal(2, health.UnmatchedUncoveredCountryCount);
        Assert.Equal([("retail", 2, 0), ("technology", 2, 0), ("mining", 1, 1)], health.UnmatchedIndustries.Select(c => (c.Value, c.Unmatched, c.Uncovered)));
        Assert.Equal(3, health.UnmatchedIndustryCount);
    }

    [Fact]
    public async Task GetRoutingHealth_NothingUnmatched_NoReasonRows()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(server, new Proto.Lead { Id = "m1", Email = "ceo@small-paris-shop.fr", Country = "FR", Department = "75", City = "Paris" });

        var health = await HealthAsync(server, new Proto.GetRoutingHealthRequest());

        Assert.Equal((1, 0), (health.Decisions, health.Unmatched));
        Assert.Empty(health.UnmatchedByReason);
        Assert.Empty(health.UnmatchedUncoveredCountries);
        Assert.Empty(health.UnmatchedIndustries);
        Assert.Equal((0, 0), (health.UnmatchedUncoveredCountryCount, health.UnmatchedIndustryCount));
    }

    [Fact]
    public async Task GetRoutingHealth_TimeToAssignTargetBelowWhatRoutingTakes_AboveTarget()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await SetPolicyAsync(server, p => p.Health.TimeToAssignTarget = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromTicks(10)));
        await RouteOverseasAsync(server, ("tta1", 10), ("tta2", 20));

        var health = await HealthAsync(server, new Proto.GetRoutingHealthRequest());

        Assert.Equal(2, health.TimeToAssignCount);
        Assert.Equal(TimeSpan.FromTicks(10), health.TimeToAssignTarget.ToTimeSpan());
        Assert.True(health.TimeToAssignAboveTarget);
    }

    [Fact]
    public async Task GetRoutingHealth_ShareBelowPolicyAlert_NoAlert()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await SetPolicyAsync(server, p => p.Territories.UnmatchedShareAlert = 0.6);
        await RouteOverseasAsync(server, ("h1", 10));
        await RouteAsync(server, new Proto.Lead { Id = "h2", Email = "ceo@small-paris-shop.fr", Country = "FR", Department = "75", City = "Paris" });

        var health = await HealthAsync(server, new Proto.GetRoutingHealthRequest { WindowDays = 1 });

        Assert.Equal(0.5, health.UnmatchedShare, 6);
        Assert.False(health.UnmatchedAboveAlert);
        Assert.Equal(TimeSpan.FromDays(1), health.WindowEnd.ToDateTimeOffset() - health.WindowStart.ToDateTimeOffset());
    }

    [Fact]
    public async Task GetRoutingHealth_TerritoryLeadsAndAReroute_OperatorFiguresAgainstThePolicy()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await SetPolicyAsync(server, p => p.Health.ReassignmentRateAlert = 0.4);
        var paris = new Proto.Lead { Id = "f1", Email = "ceo@small-paris-shop.fr", Country = "FR", Department = "75", City = "Paris" };
        await RouteAsync(server, paris);
        await RouteAsync(server, paris, reroute: true);
        await RouteAsync(server, new Proto.Lead { Id = "f2", Email = "ceo@lille-shop.fr", Country = "FR", Department = "59" });
        await RouteOverseasAsync(server, ("f3", 10));

        var health = await HealthAsync(server, new Proto.GetRoutingHealthRequest());

        Assert.Equal(3, health.Decisions);
        Assert.Equal(2, health.AssignedWithoutReview);
        Assert.Equal(2.0 / 3, health.AssignmentSuccessRate, 6);
        Assert.True(health.AssignmentSuccessBelowTarget);
        Assert.Equal(1, health.Reassigned);
        Assert.Equal(0.4, health.ReassignmentRateAlert, 6);
        Assert.False(health.ReassignmentAboveAlert);
        Assert.Equal(["Hauts-de-France", "Paris intra-muros"], health.Territories.Select(t => t.Name).Order());
        Assert.All(health.Territories, t => Assert.Equal(1, t.Leads));
        Assert.Equal(0, health.TerritoryVolumeSpread, 6);
        Assert.False(health.TerritoriesUnbalanced);
        Assert.True(health.FairnessReps >= 3);
        Assert.InRange(health.FairnessGini, 0.01, 1);
        Assert.Equal(0.20, health.TerritoryConversionSpreadAlert, 6);
        var rated = health.Territories.Where(t => t.HasConversionRate).Select(t => t.ConversionRate).ToList();
        Assert.NotEmpty(rated);
        Assert.All(rated, r => Assert.InRange(r, 0.01, 1));
        Assert.Equal(rated.Count < 2 ? 0 : rated.Max() - rated.Min(), health.TerritoryConversionSpread, 9);
        Assert.Equal(health.TerritoryConversionSpread > 0.20, health.TerritoryConversionSpreadAboveAlert);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3651)]
    public async Task GetRoutingHealth_BadWindow_InvalidArgumentNamingWindowDays(int days)
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => HealthAsync(server, new Proto.GetRoutingHealthRequest { WindowDays = days }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("window_days", Assert.Single(error.GetBadRequest()!.FieldViolations).Field);
    }

    internal static async Task RouteOverseasAsync(TestServer server, params (string Id, int? Score)[] leads)
    {
        foreach (var (id, score) in leads)
        {
            var lead = new Proto.Lead { Id = id, Email = $"ceo@{id}.example", Country = "JP" };
            if (score is { } s)
            {
                lead.Score = s;
            }

            var response = await RouteAsync(server, lead);
            Assert.Equal("default-pool", response.Assignee.Queue);
            Assert.Contains(Proto.DecisionFlag.NoTerritoryMatch, response.Flags);
        }
    }

    private static Task<Proto.RouteLeadResponse> RouteAsync(TestServer server, Proto.Lead lead, bool reroute = false) =>
        server.Client.UnaryAsync(Service + "RouteLead", new Proto.RouteLeadRequest { Lead = lead, Reroute = reroute }, Proto.RouteLeadResponse.Parser);

    private static Task<Proto.ListQueueResponse> ListAsync(TestServer server, Proto.ListQueueRequest request) =>
        server.Client.UnaryAsync(Service + "ListQueue", request, Proto.ListQueueResponse.Parser);

    private static Task<Proto.GetRoutingHealthResponse> HealthAsync(TestServer server, Proto.GetRoutingHealthRequest request) =>
        server.Client.UnaryAsync(Service + "GetRoutingHealth", request, Proto.GetRoutingHealthResponse.Parser);

    private static async Task SetPolicyAsync(TestServer server, Action<Proto.RoutingPolicy> change)
    {
        var policy = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        change(policy);
        await server.CallAsync("SetPolicy", new Proto.SetPolicyRequest { Policy = policy }, Proto.RoutingPolicy.Parser);
    }
}
