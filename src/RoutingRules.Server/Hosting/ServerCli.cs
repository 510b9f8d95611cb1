using System.CommandLine;
using System.CommandLine.Invocation;
using RoutingRules.Server.Cli;
using RoutingRules.Server.Explain;
using RoutingRules.Server.Routing.Cli;

namespace RoutingRules.Server.Hosting;

/// <summary>The <c>routingrules</c> command line; each command lives in <c>Cli/</c>.</summary>
internal static class ServerCli
{
    internal const int DefaultPort = ServeCommand.DefaultPort;
    internal const string DefaultHost = ServeCommand.DefaultHost;

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A command line the parser refuses (an unknown
    /// option, a value out of range) exits with <see cref="CliErrors.BadInput"/> like any other
    /// bad input; the library's own code for it, 1, is the one of a call that failed.
    /// </summary>
    internal static async Task<int> RunAsync(string[] args)
    {
        var parsed = Create().Parse(args);
        var code = await parsed.InvokeAsync().ConfigureAwait(false);
        return parsed.Action is ParseErrorAction ? CliErrors.BadInput : code;
    }

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
            OutcomeCommand.Create(),
            AssignCommand.Create(),
            Routing.Replay.ReplayCommand.Create(),
        };
}
