using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>ListQueue and GetRoutingHealth behind the routing token, and before routing has started.</summary>
public sealed class QueueHealthGuardTests
{
    private const string ListQueue = QueueHealthServiceTests.Service + "ListQueue";
    private const string GetRoutingHealth = QueueHealthServiceTests.Service + "GetRoutingHealth";

    [Fact]
    public async Task ListQueue_TokenConfigured_RejectsMissingTokenAcceptsRightOne()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, reps: 0, token: "s3cret");
        using var client = server.Client();
        var request = new Proto.ListQueueRequest { Queue = "default-pool" };
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L1"), Proto.RouteLeadResponse.Parser, Bearer("s3cret"));

        var missing = await Assert.ThrowsAsync<GrpcStatusException>(() => client.UnaryAsync(ListQueue, request, Proto.ListQueueResponse.Parser));
        var health = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync(GetRoutingHealth, new Proto.GetRoutingHealthRequest(), Proto.GetRoutingHealthResponse.Parser, Bearer("nope")));
        var ok = await client.UnaryAsync(ListQueue, request, Proto.ListQueueResponse.Parser, Bearer("s3cret"));

        Assert.Equal(StatusCode.Unauthenticated, missing.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, health.StatusCode);
        Assert.Equal("L1", Assert.Single(ok.Leads).LeadId);
        Assert.False(ok.Leads[0].HasScore);
    }

    [Fact]
    public async Task GetRoutingHealth_BeforeRoutingStarts_Unavailable()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, startRouting: false);
        using var client = server.Client();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync(GetRoutingHealth, new Proto.GetRoutingHealthRequest(), Proto.GetRoutingHealthResponse.Parser));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }

    private static GrpcCallOptions Bearer(string token) => new() { Headers = new Metadata().Add("authorization", "Bearer " + token) };
}
