using System.CommandLine;
using RoutingRules.Server.Hosting;
using RoutingRules.Store;

namespace RoutingRules.Server.Cli;

/// <summary><c>serve [--port] [--host] [--data] [--no-demo] [--admin-token] [--routing-token]</c>.</summary>
internal static class ServeCommand
{
    internal const int DefaultPort = 50051;
    internal const string DefaultHost = "127.0.0.1";

    public static Command Create()
    {
        var port = CliOptions.WholeNumber("--port", "TCP port to listen on (h2c).", DefaultPort);
        var host = new Option<string>("--host") { Description = "IP address to listen on; non-loopback needs an admin token.", DefaultValueFactory = _ => DefaultHost };
        var data = new Option<string>("--data") { Description = "SQLite database file.", DefaultValueFactory = _ => SqliteStoreOptions.DefaultPath };
        var noDemo = new Option<bool>("--no-demo") { Description = "Start with an empty database instead of loading the demo dataset." };
        var adminToken = new Option<string?>("--admin-token")
        {
            Description = $"Bearer token required on admin calls (default: ${CliOptions.AdminTokenVariable}).",
            DefaultValueFactory = _ => CliOptions.NullIfEmpty(Environment.GetEnvironmentVariable(CliOptions.AdminTokenVariable)),
        };
        var routingToken = new Option<string?>("--routing-token")
        {
            Description = $"Bearer token required on routing calls (default: ${CliOptions.RoutingTokenVariable}; none = open).",
            DefaultValueFactory = _ => CliOptions.NullIfEmpty(Environment.GetEnvironmentVariable(CliOptions.RoutingTokenVariable)),
        };
        var serve = new Command("serve", "Run the gRPC server.") { port, host, data, noDemo, adminToken, routingToken };
        serve.SetAction((result, cancellationToken) => ServerHost.RunAsync(
            new ServerHostOptions(result.GetValue(host) ?? DefaultHost, result.GetValue(port))
            {
                DataPath = result.GetValue(data) ?? SqliteStoreOptions.DefaultPath,
                LoadDemo = !result.GetValue(noDemo),
                AdminToken = CliOptions.NullIfEmpty(result.GetValue(adminToken)),
                RoutingToken = CliOptions.NullIfEmpty(result.GetValue(routingToken)),
            },
            cancellationToken));
        return serve;
    }
}
