using RoutingRules.Domain.Model;
using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>AssignLead over loopback: stored durably with its counters, replayed, refused with the right status and nothing stored.</summary>
public sealed class AssignLeadServiceTests
{
    internal const string AssignLead = "/routingrules.v1.LeadRouter/AssignLead";

    // Every decision, superseded ones included, and the acknowledgements: what a refusal must leave as it was.
    private const string Written = "SELECT (SELECT count(*) FROM decisions) * 1000 + (SELECT count(*) FROM decision_acknowledgements)";

    [Fact]
    public async Task AssignLead_LeadHeldByARep_SupersedesItAndMovesTheOpenLeadInTheDatabase()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var routed = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);

        var response = await AssignAsync(client, Request("L1", "rep-2", "customer asked for Rep 2", by: "jane.ops"));

        var d = response.Decision;
        Assert.Equal(("rep-2", Proto.RoutingLevel.Manual, false), (d.Assignee.Rep.Id, d.Level, d.Replay));
        Assert.Equal([Proto.DecisionFlag.ManualAssignment], d.Flags);
        Assert.Equal(routed.DecisionId, d.SupersedesDecisionId);
        Assert.Equal("assigned by hand to Rep 2 (rep-2) by jane.ops: customer asked for Rep 2", d.Reason);
        Assert.Null(response.AcknowledgedAt);
        Assert.Equal(1, server.Count($"SELECT count(*) FROM decisions WHERE decision_id = '{routed.DecisionId}' AND superseded_by = '{d.DecisionId}'"));
        Assert.Equal(0, server.Count("SELECT open_leads FROM rep_live_counters WHERE rep_id = 'rep-0'"));
        Assert.Equal(1, server.Count("SELECT open_leads FROM rep_live_counters WHERE rep_id = 'rep-2'"));
        var replay = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        Assert.Equal(d.DecisionId, replay.DecisionId);
    }

    [Fact]
    public async Task AssignLead_LeadWaitingInAQueue_LeavesTheQueueAndIsFlaggedTakenFromIt()
    {
        using var dir = new TempDirectory();
        // A rotation cap of 0 sends every lead to the queue; the reps' own cap (the policy's) lets them take one by hand.
        await using var server = await RoutingTestServer.StartAsync(dir.Database, cap: 0);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("Q1"), Proto.RouteLeadResponse.Parser);
        Assert.Equal(1, server.Count("SELECT length FROM queue_lengths WHERE queue_name = 'default-pool'"));

        var response = await AssignAsync(client, Request("Q1", "rep-1", "reviewed: a good prospect", acknowledged: true));

        Assert.Equal([Proto.DecisionFlag.ManualAssignment, Proto.DecisionFlag.TakenFromQueue], response.Decision.Flags);
        Assert.Equal(response.Decision.DecidedAt, response.AcknowledgedAt);
        Assert.Equal(0, server.Count("SELECT length FROM queue_lengths WHERE queue_name = 'default-pool'"));
        Assert.Equal(1, server.Count(
            $"SELECT count(*) FROM decision_acknowledgements a JOIN decisions d ON d.sequence = a.sequence WHERE d.decision_id = '{response.Decision.DecisionId}'"));
        var queue = await client.UnaryAsync(
            "/routingrules.v1.LeadRouter/ListQueue", new Proto.ListQueueRequest { Queue = "default-pool" }, Proto.ListQueueResponse.Parser);
        Assert.Empty(queue.Leads);
    }

    [Fact]
    public async Task AssignLead_Twice_ReplaysTheDecisionInForceAndWritesNothing()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        var first = await AssignAsync(client, Request("L1", "rep-2", "customer asked for Rep 2"));
        var written = server.Count(Written);

        var again = await AssignAsync(client, Request("L1", "rep-2", "  customer asked for Rep 2 "));

        Assert.True(again.Decision.Replay);
        Assert.Equal(first.Decision.DecisionId, again.Decision.DecisionId);
        Assert.Equal(written, server.Count(Written));
    }

    [Theory]
    [InlineData("", "rep-1", "why", null, new[] { "lead_id" })]
    [InlineData("L1", " ", "why", null, new[] { "rep_id" })]
    [InlineData("L1", "rep-1", "", null, new[] { "reason" })]
    [InlineData("L1", "rep-1", "two\nlines", " ", new[] { "reason", "assigned_by" })]
    [InlineData("L1", "rep-1", "257 characters", "257 characters", new[] { "reason", "assigned_by" })]
    [InlineData("", "", "", null, new[] { "lead_id", "rep_id", "reason" })]
    public async Task AssignLead_BadRequest_InvalidArgumentNamingFieldsAndNothingStored(string leadId, string repId, string reason, string? by, string[] fields)
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        var written = server.Count(Written);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignAsync(client, Request(leadId, repId, Overlong(reason)!, Overlong(by))));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(fields, error.GetBadRequest()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(written, server.Count(Written));
    }

    [Fact]
    public async Task AssignLead_UnknownLeadOrRep_NotFoundAndNothingStored()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        var written = server.Count(Written);

        var lead = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignAsync(client, Request("nobody", "rep-1", "why")));
        var rep = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignAsync(client, Request("L1", "rep-9", "why")));

        Assert.Equal((StatusCode.NotFound, StatusCode.NotFound), (lead.StatusCode, rep.StatusCode));
        Assert.Contains("nobody", lead.Message, StringComparison.Ordinal);
        Assert.Contains("'rep-9' (rep_id)", rep.Message, StringComparison.Ordinal);
        Assert.Equal(written, server.Count(Written));
    }

    [Fact]
    public async Task AssignLead_RepAtTheirCapOrGone_FailedPreconditionSayingWhyAndNothingStored()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L2"), Proto.RouteLeadResponse.Parser);
        server.Store.UpsertRep(new Rep { Id = "rep-1", Name = "Rep 1", OpenLeadsCap = 1 });
        server.Store.UpsertRep(new Rep { Id = "rep-3", Name = "Rep 3", Departed = true });
        var written = server.Count(Written);

        var full = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignAsync(client, Request("L1", "rep-1", "why")));
        var gone = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignAsync(client, Request("L1", "rep-3", "why")));

        Assert.Equal((StatusCode.FailedPrecondition, StatusCode.FailedPrecondition), (full.StatusCode, gone.StatusCode));
        Assert.Contains("Rep 1 (rep-1): they have 1 open lead, at or over their own cap of 1", full.Message, StringComparison.Ordinal);
        Assert.Contains("Rep 3 (rep-3): they have left the company", gone.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", full.Message, StringComparison.Ordinal);
        Assert.Equal(written, server.Count(Written));
        Assert.Equal(1, server.Count("SELECT open_leads FROM rep_live_counters WHERE rep_id = 'rep-0'"));
    }

    [Fact]
    public async Task AssignLead_AfterARestart_TheManualDecisionIsInForceAndReplays()
    {
        using var dir = new TempDirectory();
        Proto.AssignLeadResponse first;
        await using (var server = await RoutingTestServer.StartAsync(dir.Database))
        {
            using var client = server.Client();
            await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
            first = await AssignAsync(client, Request("L1", "rep-2", "customer asked for Rep 2", acknowledged: true));
        }

        await using var restarted = await RoutingTestServer.StartAsync(dir.Database);
        using var again = restarted.Client();

        var second = await AssignAsync(again, Request("L1", "rep-2", "customer asked for Rep 2"));

        Assert.True(second.Decision.Replay);
        Assert.Equal(first.Decision.DecisionId, second.Decision.DecisionId);
        Assert.Equal(first.AcknowledgedAt, second.AcknowledgedAt);
    }

    /// <summary>Without an admin token configured, AssignLead takes the routing token, as every LeadRouter call does.</summary>
    [Fact]
    public async Task AssignLead_RoutingTokenConfigured_RejectsMissingAndWrongTokens()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, token: "s3cret");
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser, Bearer("s3cret"));

        var missing = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignAsync(client, Request("L1", "rep-2", "why")));
        var wrong = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignAsync(client, Request("L1", "rep-2", "why"), Bearer("nope")));
        var ok = await AssignAsync(client, Request("L1", "rep-2", "why"), Bearer("s3cret"));

        Assert.Equal((StatusCode.Unauthenticated, StatusCode.PermissionDenied), (missing.StatusCode, wrong.StatusCode));
        Assert.Equal("rep-2", ok.Decision.Assignee.Rep.Id);
    }

    internal static Proto.AssignLeadRequest Request(string leadId, string repId, string reason, string? by = null, bool acknowledged = false)
    {
        var request = new Proto.AssignLeadRequest { LeadId = leadId, RepId = repId, Reason = reason, Acknowledged = acknowledged };
        if (by is not null)
        {
            request.AssignedBy = by;
        }

        return request;
    }

    internal static Task<Proto.AssignLeadResponse> AssignAsync(GrpcClient client, Proto.AssignLeadRequest request, GrpcCallOptions? options = null) =>
        client.UnaryAsync(AssignLead, request, Proto.AssignLeadResponse.Parser, options);

    internal static GrpcCallOptions Bearer(string token) => new() { Headers = new Metadata().Add("authorization", "Bearer " + token) };

    // A text one character over the limit, named in InlineData (which takes constants only).
    private static string? Overlong(string? value) => value == "257 characters" ? new string('x', LeadRequestValidator.MaxTextLength + 1) : value;
}
