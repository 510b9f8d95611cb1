using Google.Protobuf;
using RoutingRules.Domain.Model;
using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests;

/// <summary>The real server on a free loopback port with its own temporary SQLite file, and a client for it.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private const string Admin = "/routingrules.v1.RoutingAdmin/";
    private readonly bool _deleteOnDispose;

    private TestServer(WebApplication app, string directory, ServerHostOptions options, string? token, bool deleteOnDispose)
    {
        _deleteOnDispose = deleteOnDispose;
        App = app;
        Directory = directory;
        Options = options;
        Token = token;
        Address = new Uri(ServerHost.ListeningAddresses(app).Single());
        Client = new GrpcClient(Address);
    }

    public WebApplication App { get; }

    public string Directory { get; }

    internal ServerHostOptions Options { get; }

    public string? Token { get; }

    public Uri Address { get; }

    public GrpcClient Client { get; }

    public string DataPath => Path.Combine(Directory, "data", "routingrules.db");

    internal ReferenceDataHost Data => App.Services.GetRequiredService<ReferenceDataHost>();

    internal Server.Routing.LeadRoutingHost Routing() => App.Services.GetRequiredService<Server.Routing.LeadRoutingHost>();

    /// <summary>Starts a server on an empty database (no demo) unless told otherwise.</summary>
    internal static async Task<TestServer> StartAsync(
        string? adminToken = null, bool loadDemo = false, string? directory = null, bool deleteOnDispose = true, TimeProvider? clock = null,
        TimeSpan? traceRetention = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "routingrules-server-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var options = new ServerHostOptions("127.0.0.1", 0)
        {
            DataPath = Path.Combine(directory, "data", "routingrules.db"),
            LoadDemo = loadDemo,
            AdminToken = adminToken,
            Clock = clock,
            TraceRetention = traceRetention,
        };
        var app = await ServerHost.StartAsync(options, CancellationToken.None);
        return new TestServer(app, directory, options, adminToken, deleteOnDispose);
    }

    /// <summary>Starts a server holding <see cref="AdminTestData.Dataset"/>.</summary>
    internal static async Task<TestServer> StartWithDataAsync(string? adminToken = null)
    {
        var server = await StartAsync(adminToken);
        server.Data.Store.ImportDataset(AdminTestData.Dataset);
        return server;
    }

    public Task<TResponse> CallAsync<TRequest, TResponse>(string method, TRequest request, MessageParser<TResponse> parser, string? token = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        Client.UnaryAsync(Admin + method, request, parser, CallOptions(token ?? Token));

    public Task<Proto.ImportDatasetResponse> ImportAsync(IEnumerable<Proto.ImportDatasetRequest> requests, string? token = null) =>
        Client.ClientStreamingAsync(Admin + "ImportDataset", ToAsync(requests), Proto.ImportDatasetResponse.Parser, CallOptions(token ?? Token));

    public async Task<List<Proto.DatasetChunk>> ExportAsync(int chunkSize = 0, string? token = null)
    {
        var chunks = new List<Proto.DatasetChunk>();
        await foreach (var chunk in Client.ServerStreamingAsync(Admin + "ExportDataset", new Proto.ExportDatasetRequest { ChunkSize = chunkSize }, Proto.DatasetChunk.Parser, CallOptions(token ?? Token)))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    /// <summary>The stored dataset as JSON, to prove that a rejected write changed nothing.</summary>
    public string StoredJson() => Domain.Serialization.DatasetJson.Serialize(Data.Store.ExportDataset());

    public static IEnumerable<Proto.ImportDatasetRequest> Requests(Dataset dataset, Proto.ImportMode mode = Proto.ImportMode.Replace, int chunkSize = 1000)
    {
        var first = true;
        foreach (var chunk in DatasetMapping.ToChunks(dataset, chunkSize))
        {
            yield return new Proto.ImportDatasetRequest { Mode = first ? mode : Proto.ImportMode.Unspecified, Chunk = chunk };
            first = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_deleteOnDispose)
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next run uses a new one.
        }
    }

    private static GrpcCallOptions CallOptions(string? token) => new()
    {
        Headers = token is null ? null : new Metadata().Add("authorization", "Bearer " + token),
        Deadline = DateTime.UtcNow.AddSeconds(60),
    };

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
