using RoutingRules.Domain.Tests.Routing.Commit;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using RoutingRules.Server.Security;
using RoutingRules.Store;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// Kestrel on a 127.0.0.1 port with the gRPC layer, the LeadRouter service and health, over a real
/// SQLite file holding <c>reps</c> reps; routing uses <see cref="RoundRobinTestRouter"/>.
/// </summary>
internal sealed class RoutingTestServer : IAsyncDisposable
{
    public const string RouteLead = "/routingrules.v1.LeadRouter/RouteLead";
    public const string ListRules = "/routingrules.v1.LeadRouter/ListRules";

    private readonly WebApplication _app;

    private RoutingTestServer(WebApplication app, SqliteReferenceDataStore store, Uri address)
    {
        _app = app;
        Store = store;
        Address = address;
    }

    public SqliteReferenceDataStore Store { get; }
    public Uri Address { get; }
    public LeadRoutingHost Routing => _app.Services.GetRequiredService<LeadRoutingHost>();

    public static async Task<RoutingTestServer> StartAsync(
        string databasePath, int reps = 4, int cap = 50, string? token = null, bool startRouting = true, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        builder.Services.AddGrpcLayer();
        builder.Services.AddSingleton<ILeadRouter>(new RoundRobinTestRouter(cap));
        builder.Services.AddSingleton<IRuleCatalog>(new TestRuleCatalog());
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddLeadRouting();
        var app = builder.Build();
        app.MapLeadRouter(new BearerTokenGuard(token));
        app.MapGrpcHealth();
        await app.StartAsync().ConfigureAwait(false);

        var store = SqliteReferenceDataStore.Open(new SqliteStoreOptions { Path = databasePath });
        if (store.Current.Dataset.Reps.Count == 0)
        {
            store.ImportDataset(Dataset.Empty with
            {
                Reps = Enumerable.Range(0, reps).Select(i => new Rep { Id = $"rep-{i}", Name = $"Rep {i}" }).ToList(),
            });
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var server = new RoutingTestServer(app, store, new Uri(address));
        if (startRouting)
        {
            server.StartRouting();
        }

        return server;
    }

    public void StartRouting() => Routing.Start(Store.Options, Store);

    public GrpcClient Client() => new(Address);

    /// <summary>Counts rows with a fresh connection, as another process would see them.</summary>
    public long Count(string sql)
    {
        using var connection = SqliteConnections.Open(Store.Options);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Runs SQL with a fresh connection (e.g. to plant a failing trigger).</summary>
    public void Execute(string sql)
    {
        using var connection = SqliteConnections.Open(Store.Options);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static Proto.RouteLeadRequest Request(string leadId, bool reroute = false, string? key = null)
    {
        var request = new Proto.RouteLeadRequest
        {
            Lead = new Proto.Lead { Id = leadId, Email = $"{leadId.ToLowerInvariant()}@acme.example", CompanyName = "Acme", Country = "FR" },
            Reroute = reroute,
        };
        if (key is not null)
        {
            request.IdempotencyKey = key;
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Store.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
