using System.CommandLine;
using System.Net;
using RoutingRules.Server.Hosting;
using RoutingRules.Store;

namespace RoutingRules.Server.Cli;

/// <summary><c>serve [--port] [--host] [--data] [--no-demo] [--admin-token] [--routing-token] [--trace-retention-days] [--in-memory-days]</c>.</summary>
internal static class ServeCommand
{
    internal const int DefaultPort = 50051;
    internal const string DefaultHost = "127.0.0.1";

    // The longest rule-usage window: a longer retention would keep more than anything reads.
    internal const int MaxTraceRetentionDays = Routing.QueueHealthService.MaxWindowDays;

    // Past the longest health window, a longer period would only hold more memory.
    internal const int MaxInMemoryDays = Routing.QueueHealthService.MaxWindowDays;

    public static Command Create()
    {
        // Refused here, in words: Kestrel would throw ArgumentOutOfRangeException while starting.
        var port = CliOptions.WholeNumber(
            "--port", "TCP port to listen on (h2c); 0 picks a free one.", DefaultPort,
            new(IPEndPoint.MinPort, IPEndPoint.MaxPort, $"--port must be between {IPEndPoint.MinPort} and {IPEndPoint.MaxPort} (0 picks a free port)."));
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
        var traceRetentionDays = CliOptions.WholeNumber(
            "--trace-retention-days",
            "Remove the stored traces of decisions older than this many days (at start, then hourly; the decisions stay). Default: keep every trace.",
            Days("--trace-retention-days", MaxTraceRetentionDays));
        var inMemoryDays = CliOptions.WholeNumber(
            "--in-memory-days",
            "Keep a decision in force whole in memory for this many days after its last change; then it is read from the database when asked for.",
            (int)Routing.LeadRoutingOptions.DefaultInMemoryPeriod.TotalDays,
            Days("--in-memory-days", MaxInMemoryDays));
        var serve = new Command("serve", "Run the gRPC server.") { port, host, data, noDemo, adminToken, routingToken, traceRetentionDays, inMemoryDays };
        serve.SetAction((result, cancellationToken) => ServerHost.RunAsync(
            new ServerHostOptions(result.GetValue(host) ?? DefaultHost, result.GetValue(port))
            {
                DataPath = result.GetValue(data) ?? SqliteStoreOptions.DefaultPath,
                LoadDemo = !result.GetValue(noDemo),
                AdminToken = CliOptions.NullIfEmpty(result.GetValue(adminToken)),
                RoutingToken = CliOptions.NullIfEmpty(result.GetValue(routingToken)),
                TraceRetention = result.GetValue(traceRetentionDays) is { } days ? TimeSpan.FromDays(days) : null,
                InMemoryPeriod = TimeSpan.FromDays(result.GetValue(inMemoryDays)),
            },
            cancellationToken));
        return serve;
    }

    /// <summary>A number of days from 1 to <paramref name="max"/>, for <paramref name="name"/>.</summary>
    private static CliOptions.Bounds Days(string name, int max) => new(1, max, $"{name} must be between 1 and {max}.");
}
