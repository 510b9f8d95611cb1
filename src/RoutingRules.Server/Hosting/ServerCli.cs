using System.CommandLine;

namespace RoutingRules.Server.Hosting;

/// <summary>The <c>routingrules</c> command line.</summary>
internal static class ServerCli
{
    internal const int DefaultPort = 50051;
    internal const string DefaultHost = "127.0.0.1";

    internal static RootCommand Create()
    {
        var port = new Option<int>("--port") { Description = "TCP port to listen on (h2c).", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "IP address to listen on.", DefaultValueFactory = _ => DefaultHost };
        var serve = new Command("serve", "Run the gRPC server.") { port, host };
        serve.SetAction((result, cancellationToken) =>
            ServerHost.RunAsync(new ServerHostOptions(result.GetValue(host) ?? DefaultHost, result.GetValue(port)), cancellationToken));
        return new RootCommand("RoutingRules: routes B2B sales leads to sales reps over gRPC.") { serve };
    }
}
