using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// RecordOutcome over loopback: stored durably on the decision in force, the same outcome changing
/// nothing and another replacing it, statuses naming the field with nothing stored, restart, token.
/// </summary>
public sealed class RecordOutcomeServiceTests
{
    internal const string RecordOutcome = "/routingrules.v1.LeadRouter/RecordOutcome";

    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RecordOutcome_RoutedLead_StoredOnTheDecisionInForceAndEchoed()
    {
        using var dir = new TempDirectory();
        var clock = new ManualTimeProvider(Noon);
        await using var server = await RoutingTestServer.StartAsync(dir.Database, clock: clock);
        using var client = server.Client();
        var routed = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        clock.Now = Noon.AddDays(6);

        var response = await RecordAsync(client, "L1", Proto.LeadOutcome.Converted, Noon.AddDays(5));

        Assert.Equal("L1", response.LeadId);
        Assert.Equal(routed.DecisionId, response.DecisionId);
        Assert.Equal(Proto.LeadOutcome.Converted, response.Outcome);
        Assert.Equal(Noon.AddDays(5), response.At.ToDateTimeOffset());
        Assert.Equal(Noon.AddDays(6), response.RecordedAt.ToDateTimeOffset());
        Assert.False(response.AlreadyRecorded);
        // The domain's LeadOutcome.Converted, stored by number.
        Assert.Equal(1, server.Count($"SELECT o.outcome FROM decision_outcomes o JOIN decisions d ON d.sequence = o.sequence WHERE d.decision_id = '{routed.DecisionId}'"));
    }

    [Fact]
    public async Task RecordOutcome_WithoutATime_RecordsNow()
    {
        using var dir = new TempDirectory();
        var clock = new ManualTimeProvider(Noon);
        await using var server = await RoutingTestServer.StartAsync(dir.Database, clock: clock);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        clock.Now = Noon.AddHours(3);

        var response = await RecordAsync(client, " L1 ", Proto.LeadOutcome.Disqualified);

        Assert.Equal(Noon.AddHours(3), response.At.ToDateTimeOffset());
        Assert.Equal(Proto.LeadOutcome.Disqualified, response.Outcome);
    }

    [Fact]
    public async Task RecordOutcome_SameOutcomeTwice_SecondChangesNothing()
    {
        using var dir = new TempDirectory();
        var clock = new ManualTimeProvider(Noon);
        await using var server = await RoutingTestServer.StartAsync(dir.Database, clock: clock);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        clock.Now = Noon.AddHours(2);
        var first = await RecordAsync(client, "L1", Proto.LeadOutcome.ClosedLost, Noon.AddHours(1));
        clock.Now = Noon.AddDays(2);

        var second = await RecordAsync(client, "L1", Proto.LeadOutcome.ClosedLost);

        Assert.True(second.AlreadyRecorded);
        Assert.Equal(first.At, second.At);
        Assert.Equal(first.RecordedAt, second.RecordedAt);
        Assert.Equal(1, server.Count("SELECT count(*) FROM decision_outcomes"));
        Assert.Equal(1, server.Count("SELECT count(*) FROM decision_outcomes WHERE outcome_at = '2026-03-02T13:00:00.0000000Z' AND recorded_at = '2026-03-02T14:00:00.0000000Z'"));
    }

    [Fact]
    public async Task RecordOutcome_DifferentOutcome_ReplacesTheOneRecorded()
    {
        using var dir = new TempDirectory();
        var clock = new ManualTimeProvider(Noon);
        await using var server = await RoutingTestServer.StartAsync(dir.Database, clock: clock);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        await RecordAsync(client, "L1", Proto.LeadOutcome.ClosedLost);
        clock.Now = Noon.AddDays(10);

        var replaced = await RecordAsync(client, "L1", Proto.LeadOutcome.Converted);

        Assert.False(replaced.AlreadyRecorded);
        Assert.Equal(Proto.LeadOutcome.Converted, replaced.Outcome);
        Assert.Equal(Noon.AddDays(10), replaced.At.ToDateTimeOffset());
        Assert.Equal(1, server.Count("SELECT count(*) FROM decision_outcomes"));
        Assert.Equal(1, server.Count("SELECT outcome FROM decision_outcomes"));
    }

    [Fact]
    public async Task RecordOutcome_UnknownLead_NotFoundAndNothingStored()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => RecordAsync(client, "nobody", Proto.LeadOutcome.Converted));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("nobody", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Count("SELECT count(*) FROM decision_outcomes"));
    }

    public static TheoryData<string, int, long?, string[]> BadRequests => new()
    {
        { "", 2, null, ["lead_id"] },
        { "   ", 2, null, ["lead_id"] },
        { "257 characters", 2, null, ["lead_id"] },
        { "L1", 0, null, ["outcome"] },
        { "L1", 42, null, ["outcome"] },
        // Before 2000: an unset date sent as a value (the zero Timestamp is 1970).
        { "L1", 2, 0, ["at"] },
        // More than five minutes ahead of the server's clock.
        { "L1", 2, Noon.AddMinutes(6).ToUnixTimeSeconds(), ["at"] },
        { "", 0, 0, ["lead_id", "outcome", "at"] },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task RecordOutcome_BadRequest_InvalidArgumentNamingFieldsAndNothingStored(string leadId, int outcome, long? atSeconds, string[] fields)
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, clock: new ManualTimeProvider(Noon));
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        var request = new Proto.RecordOutcomeRequest
        {
            LeadId = leadId == "257 characters" ? new string('x', LeadRequestValidator.MaxIdLength + 1) : leadId,
            Outcome = (Proto.LeadOutcome)outcome,
        };
        if (atSeconds is { } seconds)
        {
            request.At = new Timestamp { Seconds = seconds };
        }

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => client.UnaryAsync(RecordOutcome, request, Proto.RecordOutcomeResponse.Parser));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(fields, error.GetBadRequest()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(0, server.Count("SELECT count(*) FROM decision_outcomes"));
    }

    [Fact]
    public async Task RecordOutcome_InvalidTimestamp_InvalidArgumentOnAt()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var request = new Proto.RecordOutcomeRequest { LeadId = "L1", Outcome = Proto.LeadOutcome.Converted, At = new Timestamp { Seconds = 1, Nanos = -1 } };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => client.UnaryAsync(RecordOutcome, request, Proto.RecordOutcomeResponse.Parser));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("at", Assert.Single(error.GetBadRequest()!.FieldViolations).Field);
    }

    [Fact]
    public async Task RecordOutcome_DatedBeforeTheDecision_InvalidArgumentOnAtNamingTheDecision()
    {
        using var dir = new TempDirectory();
        var clock = new ManualTimeProvider(Noon);
        await using var server = await RoutingTestServer.StartAsync(dir.Database, clock: clock);
        using var client = server.Client();
        var routed = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        clock.Now = Noon.AddDays(1);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => RecordAsync(client, "L1", Proto.LeadOutcome.Converted, Noon.AddMinutes(-1)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetBadRequest()!.FieldViolations);
        Assert.Equal("at", violation.Field);
        Assert.Contains(routed.DecisionId, violation.Description, StringComparison.Ordinal);
        Assert.Equal(0, server.Count("SELECT count(*) FROM decision_outcomes"));
    }

    /// <summary>A clock a little ahead is tolerated: its time is taken as the server's now.</summary>
    [Fact]
    public async Task RecordOutcome_TimeAFewMinutesAhead_RecordedAsNow()
    {
        using var dir = new TempDirectory();
        var clock = new ManualTimeProvider(Noon);
        await using var server = await RoutingTestServer.StartAsync(dir.Database, clock: clock);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);

        var response = await RecordAsync(client, "L1", Proto.LeadOutcome.Nurture, Noon.AddMinutes(4));

        Assert.Equal(Noon, response.At.ToDateTimeOffset());
    }

    [Fact]
    public async Task RecordOutcome_AfterAReroute_GoesToTheNewDecisionAndTheOldKeepsItsOwn()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var first = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
        await RecordAsync(client, "L1", Proto.LeadOutcome.ClosedLost);
        var rerouted = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1", reroute: true), Proto.RouteLeadResponse.Parser);

        var again = await RecordAsync(client, "L1", Proto.LeadOutcome.ClosedLost);

        Assert.False(again.AlreadyRecorded);
        Assert.Equal(rerouted.DecisionId, again.DecisionId);
        Assert.NotEqual(first.DecisionId, again.DecisionId);
        Assert.Equal(2, server.Count("SELECT count(*) FROM decision_outcomes"));
    }

    [Fact]
    public async Task RecordOutcome_AfterARestart_StillRecorded()
    {
        using var dir = new TempDirectory();
        Proto.RecordOutcomeResponse first;
        await using (var server = await RoutingTestServer.StartAsync(dir.Database))
        {
            using var client = server.Client();
            await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser);
            first = await RecordAsync(client, "L1", Proto.LeadOutcome.Converted);
        }

        await using var restarted = await RoutingTestServer.StartAsync(dir.Database);
        using var again = restarted.Client();

        var second = await RecordAsync(again, "L1", Proto.LeadOutcome.Converted);

        Assert.True(second.AlreadyRecorded);
        Assert.Equal(first.At, second.At);
        Assert.Equal(Domain.Model.LeadOutcome.Converted, restarted.Routing.Assignments.ReadState(s => s.ActiveForLead("L1")!.Outcome!.Outcome));
    }

    [Fact]
    public async Task RecordOutcome_TokenConfigured_RejectsMissingAndWrongTokens()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, token: "s3cret");
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser, Bearer("s3cret"));

        var missing = await Assert.ThrowsAsync<GrpcStatusException>(() => RecordAsync(client, "L1", Proto.LeadOutcome.Converted));
        var wrong = await Assert.ThrowsAsync<GrpcStatusException>(() => RecordAsync(client, "L1", Proto.LeadOutcome.Converted, options: Bearer("nope")));
        var ok = await RecordAsync(client, "L1", Proto.LeadOutcome.Converted, options: Bearer("s3cret"));

        Assert.Equal(StatusCode.Unauthenticated, missing.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, wrong.StatusCode);
        Assert.False(ok.AlreadyRecorded);
    }

    internal static Task<Proto.RecordOutcomeResponse> RecordAsync(
        GrpcClient client, string leadId, Proto.LeadOutcome outcome, DateTimeOffset? at = null, GrpcCallOptions? options = null)
    {
        var request = new Proto.RecordOutcomeRequest { LeadId = leadId, Outcome = outcome };
        if (at is { } when)
        {
            request.At = Timestamp.FromDateTimeOffset(when);
        }

        return client.UnaryAsync(RecordOutcome, request, Proto.RecordOutcomeResponse.Parser, options);
    }

    private static GrpcCallOptions Bearer(string token) => new() { Headers = new Metadata().Add("authorization", "Bearer " + token) };
}
