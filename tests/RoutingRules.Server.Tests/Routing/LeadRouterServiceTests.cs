using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using Health = global::Grpc.Health.V1;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

public sealed class LeadRouterServiceTests
{
    [Fact]
    public async Task RouteLead_NewLead_AnswersStoredDecision()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();

        var response = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);

        Assert.Equal("rep-0", response.Assignee.Rep.Id);
        Assert.Equal("Rep 0", response.Assignee.Rep.Name);
        Assert.Equal(Proto.RoutingLevel.Territory, response.Level);
        Assert.Equal(RoundRobinTestRouter.Territory, response.Territory.Id);
        Assert.Equal(Proto.Treatment.SdrQualification, response.Treatment);
        Assert.Equal(TimeSpan.FromHours(4), response.Sla.RespondBy.ToDateTimeOffset() - response.DecidedAt.ToDateTimeOffset());
        Assert.Equal("test-router-v1", response.RuleSetVersion);
        Assert.False(response.Replay);
        Assert.Equal(1, server.Count($"SELECT count(*) FROM decisions WHERE decision_id = '{response.DecisionId}' AND lead_id = 'L1'"));
    }

    [Fact]
    public async Task RouteLead_RetrySameLead_ReturnsOriginalMarkedReplay()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();

        var first = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1", key: "form-42"), Proto.RouteLeadResponse.Parser);
        var retry = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1", key: "form-42"), Proto.RouteLeadResponse.Parser);
        var byLead = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);

        Assert.True(retry.Replay);
        Assert.True(byLead.Replay);
        Assert.Equal(first.DecisionId, retry.DecisionId);
        Assert.Equal(first.DecisionId, byLead.DecisionId);
        Assert.Equal(first.Assignee, retry.Assignee);
        Assert.Equal(1, server.Count("SELECT count(*) FROM decisions"));
    }

    [Fact]
    public async Task RouteLead_KeyOfAnotherLead_InvalidArgumentNamingKey()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1", key: "k"), Proto.RouteLeadResponse.Parser);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L2", key: "k"), Proto.RouteLeadResponse.Parser));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("idempotency_key", Assert.Single(error.GetBadRequest()!.FieldViolations).Field);
    }

    [Fact]
    public async Task RouteLead_SameLeadWithChangedFields_AlreadyExistsNamingTheDecisionAndNothingWritten()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var first = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        var changed = RoutingTestServer.Request("L1");
        changed.Lead.CompanyName = "Acme Industries";

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync(RoutingTestServer.RouteLead, changed, Proto.RouteLeadResponse.Parser));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Contains("set reroute", error.Detail, StringComparison.Ordinal);
        var info = Assert.Single(error.Details!.Details).Unpack<Google.Rpc.ErrorInfo>();
        Assert.Equal("LEAD_CHANGED", info.Reason);
        Assert.Equal("L1", info.Metadata["lead_id"]);
        Assert.Equal(first.DecisionId, info.Metadata["decision_id"]);
        Assert.Equal(1, server.Count("SELECT count(*) FROM decisions"));
        Assert.Equal(1, server.Count("SELECT open_leads FROM rep_live_counters WHERE rep_id = 'rep-0'"));
        // The original request still reads its decision.
        Assert.Equal(first.DecisionId, (await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser)).DecisionId);
    }

    [Fact]
    public async Task RouteLead_Reroute_SupersedesAndKeepsHistory()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, reps: 2);
        using var client = server.Client();
        var first = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);

        var second = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1", reroute: true), Proto.RouteLeadResponse.Parser);

        Assert.False(second.Replay);
        Assert.Equal(first.DecisionId, second.SupersedesDecisionId);
        Assert.Equal("rep-1", second.Assignee.Rep.Id);
        Assert.Equal(2, server.Count("SELECT count(*) FROM decisions WHERE lead_id = 'L1'"));
        Assert.Equal(1, server.Count($"SELECT count(*) FROM decisions WHERE decision_id = '{first.DecisionId}' AND superseded_by = '{second.DecisionId}'"));
        Assert.Equal(0, server.Count("SELECT open_leads FROM rep_live_counters WHERE rep_id = 'rep-0'"));
        Assert.Equal(1, server.Count("SELECT open_leads FROM rep_live_counters WHERE rep_id = 'rep-1'"));
    }

    [Fact]
    public async Task RouteLead_InvalidLead_InvalidArgumentAndNothingWritten()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var request = RoutingTestServer.Request("L1");
        request.Lead.Email = "not-an-address";
        request.Lead.Score = 120;

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync(RoutingTestServer.RouteLead, request, Proto.RouteLeadResponse.Parser));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["lead.email", "lead.score"], error.GetBadRequest()!.FieldViolations.Select(v => v.Field));
        Assert.Contains("lead.email: 'not-an-address' is not a valid e-mail address; lead.score: 120 is outside 0..100.", error.Detail, StringComparison.Ordinal);
        Assert.Equal(0, server.Count("SELECT count(*) FROM decisions"));
        Assert.Equal(0, server.Count("SELECT count(*) FROM rep_live_counters"));
    }

    [Fact]
    public async Task RouteLead_CommitFails_UnavailableNothingKeptAndNextCallRoutes()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, reps: 3);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        server.Execute("CREATE TRIGGER poison BEFORE INSERT ON decisions WHEN NEW.lead_id = 'POISON' BEGIN SELECT RAISE(ABORT, 'disk says no'); END");

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("POISON"), Proto.RouteLeadResponse.Parser));
        var next = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L2"), Proto.RouteLeadResponse.Parser);

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(0, server.Count("SELECT count(*) FROM decisions WHERE lead_id = 'POISON'"));
        Assert.Equal("rep-1", next.Assignee.Rep.Id);
        Assert.Equal(0, server.Count("SELECT count(*) FROM rep_live_counters WHERE rep_id = 'rep-2'"));
        Assert.Equal(2, server.Count("SELECT position FROM territory_cursors"));
    }

    [Fact]
    public async Task ListRules_Loaded_ListsRulesAndVersion()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();

        var response = await client.UnaryAsync(RoutingTestServer.ListRules, new Proto.ListRulesRequest(), Proto.ListRulesResponse.Parser);

        Assert.Equal("test-router-v1", response.RuleSetVersion);
        var rule = Assert.Single(response.Rules);
        Assert.Equal("TestRoundRobin", rule.Name);
        Assert.Equal(["distribution", "test"], rule.Tags);
        Assert.Equal(10, rule.Priority);
    }

    [Fact]
    public async Task RouteLead_TokenConfigured_RejectsMissingAndWrongToken()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, token: "s3cret");
        using var client = server.Client();

        var missing = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser));
        var wrong = await Assert.ThrowsAsync<GrpcStatusException>(() => client.UnaryAsync(
            RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser, Bearer("nope")));
        var ok = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser, Bearer("s3cret"));

        Assert.Equal(StatusCode.Unauthenticated, missing.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, wrong.StatusCode);
        Assert.Equal("L1", ok.LeadId);
        Assert.Equal(1, server.Count("SELECT count(*) FROM decisions"));
    }

    [Fact]
    public async Task Health_BeforeRoutingStarts_NotServingAndCallsUnavailable()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, startRouting: false);
        using var client = server.Client();
        var check = new Health.HealthCheckRequest { Service = LeadRoutingOptions.ServiceName };

        var before = await client.UnaryAsync("/grpc.health.v1.Health/Check", check, Health.HealthCheckResponse.Parser);
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser));
        server.StartRouting();
        var after = await client.UnaryAsync("/grpc.health.v1.Health/Check", check, Health.HealthCheckResponse.Parser);

        Assert.Equal(Health.HealthCheckResponse.Types.ServingStatus.NotServing, before.Status);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(Health.HealthCheckResponse.Types.ServingStatus.Serving, after.Status);
    }

    private static GrpcCallOptions Bearer(string token) => new() { Headers = new Metadata().Add("authorization", "Bearer " + token) };
}
