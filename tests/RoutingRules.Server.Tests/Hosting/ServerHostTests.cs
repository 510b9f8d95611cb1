using Grpc.Health.V1;
using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Server.Tests.Hosting;

public class ServerHostTests
{
    [Fact]
    public async Task StartAsync_LoopbackPort_HealthCheckAnswersServing()
    {
        await using var app = await ServerHost.StartAsync(new ServerHostOptions("127.0.0.1", 0), CancellationToken.None);
        using var client = new GrpcClient(new Uri(ServerHost.ListeningAddresses(app).Single()));

        var response = await client.UnaryAsync(
            "/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser,
            new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(10) });

        Assert.Equal(ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task StartAsync_UnknownRoutingMethod_IsUnimplemented()
    {
        await using var app = await ServerHost.StartAsync(new ServerHostOptions("127.0.0.1", 0), CancellationToken.None);
        using var client = new GrpcClient(new Uri(ServerHost.ListeningAddresses(app).Single()));

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => client.UnaryAsync(
            "/routingrules.v1.LeadRouter/RouteLead", new HealthCheckRequest(), HealthCheckResponse.Parser));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    [Fact]
    public void Parse_ServeWithoutOptions_UsesDefaultHostAndPort()
    {
        var result = ServerCli.Create().Parse(["serve"]);
        var serve = result.CommandResult.Command;

        Assert.Empty(result.Errors);
        Assert.Equal("serve", serve.Name);
        Assert.Equal(50051, result.GetValue<int>("--port"));
        Assert.Equal("127.0.0.1", result.GetValue<string>("--host"));
    }

    [Fact]
    public void Parse_ServeWithInvalidPort_ReportsError()
    {
        var result = ServerCli.Create().Parse(["serve", "--port", "not-a-number"]);

        Assert.NotEmpty(result.Errors);
    }
}
