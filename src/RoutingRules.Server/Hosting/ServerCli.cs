using System.CommandLine;
using RoutingRules.Server.Cli;
using RoutingRules.Server.Explain;
using RoutingRules.Server.Routing.Cli;

namespace RoutingRules.Server.Hosting;

/// <summary>The <c>routingrules</c> command line; each command lives in <c>Cli/</c>.</summary>
internal static class ServerCli
{
    internal const int DefaultPort = ServeCommand.DefaultPort;
    internal const string DefaultHost = ServeCommand.DefaultHost;

    internal static RootCommand Create() =>
        new("RoutingRules: routes B2B sales leads to sales reps over gRPC.")
        {
            ServeCommand.Create(),
            ImportCommand.Create(),
            ExportCommand.Create(),
            BackupCommand.Create(),
            GenerateCommand.Create(),
            RouteCommand.Create(),
            RulesCommand.Create(),
            ExplainCommand.Create(),
            QueueCommand.Create(),
            HealthCommand.Create(),
            AcknowledgeCommand.Create(),
            Routing.Replay.ReplayCommand.Create(),
        };
}
