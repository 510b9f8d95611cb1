using Grpc.Health.V1;
using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Security;

public class AuthenticationTests
{
    private const string Token = "s3cret-admin-token";

    [Fact]
    public async Task AdminCall_NoTokenConfigured_Succeeds()
    {
        await using var server = await TestServer.StartWithDataAsync();

        var rep = await server.CallAsync("GetRep", new Proto.GetRequest { Id = "alice" }, Proto.Rep.Parser);

        Assert.Equal("alice", rep.Id);
    }

    [Fact]
    public async Task AdminCall_TokenConfiguredButMissing_Unauthenticated()
    {
        await using var server = await TestServer.StartWithDataAsync(Token);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.Client.UnaryAsync("/routingrules.v1.RoutingAdmin/GetRep", new Proto.GetRequest { Id = "alice" }, Proto.Rep.Parser));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [InlineData("Basic czNjcmV0")]
    [InlineData("Bearer")]
    [InlineData("s3cret-admin-token")]
    public async Task AdminCall_MalformedAuthorization_Unauthenticated(string header)
    {
        await using var server = await TestServer.StartWithDataAsync(Token);
        var options = new GrpcCallOptions { Headers = new Metadata().Add("authorization", header) };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.Client.UnaryAsync("/routingrules.v1.RoutingAdmin/GetRep", new Proto.GetRequest { Id = "alice" }, Proto.Rep.Parser, options));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("s3cret-admin-token-and-more")]
    [InlineData("S3CRET-ADMIN-TOKEN")]
    public async Task AdminCall_WrongToken_PermissionDeniedAndNothingWritten(string token)
    {
        await using var server = await TestServer.StartWithDataAsync(Token);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync(
            "DeleteOpportunity", new Proto.DeleteRequest { Id = "opp-1" }, Proto.DeleteResponse.Parser, token));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.NotNull(server.Data.Store.GetOpportunity("opp-1"));
    }

    [Fact]
    public async Task AdminCall_RightToken_Succeeds()
    {
        await using var server = await TestServer.StartWithDataAsync(Token);

        await server.CallAsync("DeleteOpportunity", new Proto.DeleteRequest { Id = "opp-1" }, Proto.DeleteResponse.Parser, Token);

        Assert.Null(server.Data.Store.GetOpportunity("opp-1"));
    }

    [Fact]
    public async Task AdminCall_LowercaseScheme_Accepted()
    {
        await using var server = await TestServer.StartWithDataAsync(Token);
        var options = new GrpcCallOptions { Headers = new Metadata().Add("authorization", "bearer " + Token) };

        var rep = await server.Client.UnaryAsync("/routingrules.v1.RoutingAdmin/GetRep", new Proto.GetRequest { Id = "bob" }, Proto.Rep.Parser, options);

        Assert.Equal("bob", rep.Id);
    }

    [Fact]
    public async Task ImportDataset_WrongToken_PermissionDeniedAndNothingWritten()
    {
        await using var server = await TestServer.StartAsync(Token);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.ImportAsync(TestServer.Requests(AdminTestData.Dataset), "wrong"));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Empty(server.Data.Store.ListReps());
    }

    [Fact]
    public async Task ExportDataset_MissingToken_Unauthenticated()
    {
        await using var server = await TestServer.StartWithDataAsync(Token);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(async () =>
        {
            await foreach (var _ in server.Client.ServerStreamingAsync("/routingrules.v1.RoutingAdmin/ExportDataset", new Proto.ExportDatasetRequest(), Proto.DatasetChunk.Parser))
            {
            }
        });

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task HealthCheck_TokenConfigured_NeedsNoToken()
    {
        await using var server = await TestServer.StartAsync(Token);

        var response = await server.Client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}
