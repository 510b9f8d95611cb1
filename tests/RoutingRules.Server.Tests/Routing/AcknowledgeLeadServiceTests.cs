using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>AcknowledgeLead over loopback: stored durably, idempotent, statuses, token, restart.</summary>
public sealed class AcknowledgeLeadServiceTests
{
    internal const string AcknowledgeLead = "/routingrules.v1.LeadRouter/AcknowledgeLead";

    [Fact]
    public async Task AcknowledgeLead_AssignedLead_StoredAndAnsweredWithTheDecisionInForce()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var routed = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);

        var response = await AcknowledgeAsync(client, "L1", "rep-0");

        Assert.False(response.AlreadyAcknowledged);
        Assert.Equal(routed.DecisionId, response.Decision.DecisionId);
        Assert.Equal("rep-0", response.Decision.Assignee.Rep.Id);
        Assert.False(response.Decision.Replay);
        Assert.True(response.AcknowledgedAt.ToDateTimeOffset() >= routed.DecidedAt.ToDateTimeOffset());
        Assert.Equal(1, server.Count($"SELECT count(*) FROM decision_acknowledgements a JOIN decisions d ON d.sequence = a.sequence WHERE d.decision_id = '{routed.DecisionId}'"));
    }

    /// <summary>RouteLead stores a lead under its id trimmed; the same id as sent, spaces and all, acknowledges it.</summary>
    [Fact]
    public async Task AcknowledgeLead_IdWithSurroundingSpaces_FindsTheLeadRouteLeadTrimmed()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var request = RoutingTestServer.Request("L1");
        request.Lead.Id = " L1 ";
        var routed = await client.UnaryAsync(RoutingTestServer.RouteLead, request, Proto.RouteLeadResponse.Parser);

        var response = await AcknowledgeAsync(client, " L1 ");

        Assert.Equal(routed.DecisionId, response.Decision.DecisionId);
    }

    [Fact]
    public async Task AcknowledgeLead_Twice_KeepsTheFirstTime()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        var first = await AcknowledgeAsync(client, "L1");
        await Task.Delay(20);

        var second = await AcknowledgeAsync(client, "L1", "rep-0");

        Assert.True(second.AlreadyAcknowledged);
        Assert.Equal(first.AcknowledgedAt, second.AcknowledgedAt);
        Assert.Equal(1, server.Count("SELECT count(*) FROM decision_acknowledgements"));
    }

    [Fact]
    public async Task AcknowledgeLead_UnknownLead_NotFound()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => AcknowledgeAsync(client, "nobody"));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("nobody", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, new[] { "lead_id" })]
    [InlineData("   ", "rep-0", new[] { "lead_id" })]
    [InlineData("L1", " ", new[] { "rep_id" })]
    [InlineData("", "", new[] { "lead_id", "rep_id" })]
    [InlineData("L1", "257 characters", new[] { "rep_id" })]
    [InlineData("257 characters", "rep-0", new[] { "lead_id" })]
    public async Task AcknowledgeLead_BadRequest_InvalidArgumentNamingFields(string leadId, string? repId, string[] fields)
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => AcknowledgeAsync(client, Overlong(leadId), repId is null ? null : Overlong(repId)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(fields, error.GetBadRequest()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task AcknowledgeLead_RepWhoDoesNotHoldTheLead_FailedPreconditionNamingTheHolder()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => AcknowledgeAsync(client, "L1", "rep-3"));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("Rep 0 (rep-0)", error.Message, StringComparison.Ordinal);
        Assert.Contains("rep-3", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Count("SELECT count(*) FROM decision_acknowledgements"));
    }

    [Fact]
    public async Task AcknowledgeLead_QueuedLeadWithARep_FailedPreconditionNamingTheQueue()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, reps: 0);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => AcknowledgeAsync(client, "L1", "rep-0"));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("default-pool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcknowledgeLead_AfterAReroute_TheNewDecisionStartsUnacknowledged()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        var first = await AcknowledgeAsync(client, "L1");
        var rerouted = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1", reroute: true), Proto.RouteLeadResponse.Parser);

        var again = await AcknowledgeAsync(client, "L1", rerouted.Assignee.Rep.Id);

        Assert.False(again.AlreadyAcknowledged);
        Assert.Equal(rerouted.DecisionId, again.Decision.DecisionId);
        Assert.NotEqual(first.Decision.DecisionId, again.Decision.DecisionId);
        Assert.Equal(2, server.Count("SELECT count(*) FROM decision_acknowledgements"));
    }

    [Fact]
    public async Task AcknowledgeLead_AfterARestart_StillAcknowledged()
    {
        using var dir = new TempDirectory();
        Proto.AcknowledgeLeadResponse first;
        await using (var server = await RoutingTestServer.StartAsync(dir.Database))
        {
            using var client = server.Client();
            await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
            first = await AcknowledgeAsync(client, "L1");
        }

        await using var restarted = await RoutingTestServer.StartAsync(dir.Database);
        using var again = restarted.Client();

        var second = await AcknowledgeAsync(again, "L1");

        Assert.True(second.AlreadyAcknowledged);
        Assert.Equal(first.AcknowledgedAt, second.AcknowledgedAt);
        Assert.Equal(first.AcknowledgedAt.ToDateTimeOffset(), restarted.Routing.Assignments.ReadState(s => s.ActiveForLead("L1")!.AcknowledgedAt));
    }

    [Fact]
    public async Task AcknowledgeLead_TokenConfigured_RejectsMissingAndWrongTokens()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, token: "s3cret");
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser, Bearer("s3cret"));

        var missing = await Assert.ThrowsAsync<GrpcStatusException>(() => AcknowledgeAsync(client, "L1"));
        var wrong = await Assert.ThrowsAsync<GrpcStatusException>(() => AcknowledgeAsync(client, "L1", options: Bearer("nope")));
        var ok = await AcknowledgeAsync(client, "L1", options: Bearer("s3cret"));

        Assert.Equal(StatusCode.Unauthenticated, missing.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, wrong.StatusCode);
        Assert.False(ok.AlreadyAcknowledged);
    }

    internal static Task<Proto.AcknowledgeLeadResponse> AcknowledgeAsync(GrpcClient client, string leadId, string? repId = null, GrpcCallOptions? options = null)
    {
        var request = new Proto.AcknowledgeLeadRequest { LeadId = leadId };
        if (repId is not null)
        {
            request.RepId = repId;
        }

        return client.UnaryAsync(AcknowledgeLead, request, Proto.AcknowledgeLeadResponse.Parser, options);
    }

    private static GrpcCallOptions Bearer(string token) => new() { Headers = new Metadata().Add("authorization", "Bearer " + token) };

    // An id one character over the limit, named in InlineData (which takes constants only).
    private static string Overlong(string value) => value == "257 characters" ? new string('x', LeadRequestValidator.MaxIdLength + 1) : value;
}
