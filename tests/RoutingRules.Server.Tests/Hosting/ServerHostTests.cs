using Grpc.Health.V1;
using Grpc.Reflection.V1;
using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using Proto = RoutingRules.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Server.Tests.Hosting;

public class ServerHostTests
{
    [Fact]
    public async Task StartAsync_LoopbackPort_HealthCheckAnswersServing()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Client.UnaryAsync(
            "/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser,
            new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(10) });

        Assert.Equal(ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Build_Configuration_WatchesNoFile()
    {
        var directory = Path.Combine(Path.GetTempPath(), "routingrules-server-tests", Guid.NewGuid().ToString("N"));
        await using var app = ServerHost.Build(new ServerHostOptions("127.0.0.1", 0) { DataPath = Path.Combine(directory, "db"), LoadDemo = false });

        var files = ((Microsoft.Extensions.Configuration.IConfigurationRoot)app.Configuration).Providers.OfType<Microsoft.Extensions.Configuration.FileConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, f.Source.Path));
    }

    [Fact]
    public async Task Build_BeforeStoreOpens_HealthNotServingAndAdminUnavailable()
    {
        var directory = Path.Combine(Path.GetTempPath(), "routingrules-server-tests", Guid.NewGuid().ToString("N"));
        await using var app = ServerHost.Build(new ServerHostOptions("127.0.0.1", 0) { DataPath = Path.Combine(directory, "db"), LoadDemo = false });
        await app.StartAsync();
        using var client = new GrpcClient(new Uri(ServerHost.ListeningAddresses(app).Single()));

        var health = await client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser);
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            client.UnaryAsync("/routingrules.v1.RoutingAdmin/GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser));

        Assert.Equal(ServingStatus.NotServing, health.Status);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task StartAsync_Reflection_ListsRoutingAdmin()
    {
        await using var server = await TestServer.StartAsync();
        var request = new ServerReflectionRequest { ListServices = string.Empty };

        var services = new List<string>();
        await foreach (var response in server.Client.ServerStreamingAsync("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", request, ServerReflectionResponse.Parser))
        {
            services.AddRange(response.ListServicesResponse.Service.Select(s => s.Name));
        }

        Assert.Contains("routingrules.v1.RoutingAdmin", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task StartAsync_EmptyDatabase_LoadsDemoOnFirstStartOnly()
    {
        var directory = Path.Combine(Path.GetTempPath(), "routingrules-server-tests", Guid.NewGuid().ToString("N"));
        int demoAccounts;
        int demoOpportunities;
        await using (var first = await TestServer.StartAsync(loadDemo: true, directory: directory, deleteOnDispose: false))
        {
            Assert.True(first.Data.DemoLoaded);
            demoAccounts = first.Data.Store.ListAccounts().Count;
            demoOpportunities = first.Data.Store.ListOpportunities().Count;
            Assert.True(demoAccounts > 100);
            Assert.True(first.Data.Store.DeleteOpportunity(first.Data.Store.ListOpportunities()[0].Id));
        }

        await using var second = await TestServer.StartAsync(loadDemo: true, directory: directory);

        Assert.False(second.Data.DemoLoaded);
        Assert.Equal(demoAccounts, second.Data.Store.ListAccounts().Count);
        Assert.Equal(demoOpportunities - 1, second.Data.Store.ListOpportunities().Count);
    }

    [Fact]
    public async Task StartAsync_NoDemo_StartsEmpty()
    {
        await using var server = await TestServer.StartAsync(loadDemo: false);

        Assert.False(server.Data.DemoLoaded);
        Assert.Empty(server.Data.Store.ListReps());
    }

    [Fact]
    public async Task StartAsync_NonEmptyDatabase_DemoNotLoadedOverIt()
    {
        var directory = Path.Combine(Path.GetTempPath(), "routingrules-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "data"));
        using (var store = RoutingRules.Store.SqliteReferenceDataStore.Open(new RoutingRules.Store.SqliteStoreOptions { Path = Path.Combine(directory, "data", "routingrules.db") }))
        {
            store.ImportDataset(AdminTestData.Dataset);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var server = await TestServer.StartAsync(loadDemo: true, directory: directory);

        Assert.False(server.Data.DemoLoaded);
        Assert.Equal(["acme", "globex"], server.Data.Store.ListAccounts().Select(a => a.Id));
    }

    [Fact]
    public void DemoDataset_Locate_FindsTheCopyBesideTheBinary()
    {
        var path = DemoDataset.Locate(null, "/nonexistent");

        Assert.NotNull(path);
        Assert.StartsWith(AppContext.BaseDirectory, path);
    }

    [Fact]
    public void Parse_ServeWithoutOptions_UsesDefaults()
    {
        var result = ServerCli.Create().Parse(["serve"]);

        Assert.Empty(result.Errors);
        Assert.Equal("serve", result.CommandResult.Command.Name);
        Assert.Equal(50051, result.GetValue<int>("--port"));
        Assert.Equal("127.0.0.1", result.GetValue<string>("--host"));
        Assert.Equal("./data/routingrules.db", result.GetValue<string>("--data"));
        Assert.False(result.GetValue<bool>("--no-demo"));
    }

    [Fact]
    public void Parse_ServeWithInvalidPort_ReportsError()
    {
        var result = ServerCli.Create().Parse(["serve", "--port", "not-a-number"]);

        Assert.NotEmpty(result.Errors);
    }
}
