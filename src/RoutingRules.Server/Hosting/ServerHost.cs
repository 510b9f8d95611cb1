using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using RoutingRules.Server.Security;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Server.Hosting;

/// <summary>Composition root: Kestrel on one h2c endpoint with the gRPC layer, the store, admin API, health and reflection.</summary>
internal static class ServerHost
{
    /// <summary>Builds the application; throws <see cref="ServerConfigurationException"/> for an unsafe configuration.</summary>
    internal static WebApplication Build(ServerHostOptions options)
    {
        ListenAddressPolicy.EnsureSafe(options.Host, options.AdminToken);
        var address = ListenAddressPolicy.Parse(options.Host);
        // No configuration file is read, and watching the content root for one would wake a thread
        // on every write the default database (./data under that root) makes: one per decision.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(address, options.Port, listen => listen.Protocols = HttpProtocols.Http2));
        // Per-request hosting logs at Information would dominate the hot path and the console.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // The host logs a failed start or stop (a port in use...) with its stack trace, then throws
        // the same exception to RunAsync: that prints an operator's error in one line and lets any
        // other through to the command line's handler, stack trace and all. Nothing else is logged
        // there at Error: this server has no hosted service of its own.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddRoutingRulesServer(options);

        var app = builder.Build();
        app.MapRoutingRulesServices();
        return app;
    }

    /// <summary>Starts listening, opens the store (loading the demo into an empty one), then marks the server SERVING.</summary>
    internal static async Task<WebApplication> StartAsync(ServerHostOptions options, CancellationToken cancellationToken)
    {
        var app = Build(options);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var data = app.Services.GetRequiredService<ReferenceDataHost>();
            await Task.Run(data.Open, cancellationToken).ConfigureAwait(false);
            var store = data.Opened!;
            await Task.Run(() => app.Services.GetRequiredService<LeadRoutingHost>().Start(store.Options, store), cancellationToken).ConfigureAwait(false);
            app.Services.GetRequiredService<HealthStatusRegistry>().SetStatus(string.Empty, ServingStatus.Serving);
            return app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    internal static async Task<int> RunAsync(ServerHostOptions options, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = await StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (ServerConfigurationException e)
        {
            await Console.Error.WriteLineAsync("routingrules: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or System.Text.Json.JsonException)
        {
            // Port taken, unreadable database or demo file: an operator error, not a crash.
            await Console.Error.WriteLineAsync("routingrules: cannot start: " + e.Message).ConfigureAwait(false);
            return 1;
        }

        await using (app.ConfigureAwait(false))
        {
            foreach (var address in ListeningAddresses(app))
            {
                Console.WriteLine($"routingrules listening on {address} (h2c), data {Path.GetFullPath(options.DataPath)}");
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    internal static IReadOnlyCollection<string> ListeningAddresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
}
