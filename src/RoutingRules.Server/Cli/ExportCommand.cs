using System.CommandLine;
using RoutingRules.Domain.Serialization;
using RoutingRules.Grpc;

namespace RoutingRules.Server.Cli;

/// <summary><c>export [--server URL] [--token T] [--out FILE]</c>: the server's dataset as JSON.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.AdminTokenVariable);
        var output = new Option<FileInfo?>("--out") { Description = "Output JSON file (default: standard output)." };
        var command = new Command("export", "Export the server's reference data as a JSON dataset.") { server, token, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(output) is { } target && !OutputFolder.Exists(target.FullName))
            {
                return CliErrors.BadInput;
            }

            using var client = AdminClient.Create(result.GetValue(server)!, result.GetValue(token));
            try
            {
                var dataset = await client.ExportAsync(cancellationToken).ConfigureAwait(false);
                if (result.GetValue(output) is { } file)
                {
                    DatasetJson.Save(dataset, file.FullName);
                    Console.Error.WriteLine($"exported {dataset.Reps.Count} reps, {dataset.Territories.Count} territories, {dataset.Accounts.Count} accounts to {file.FullName}");
                }
                else
                {
                    Console.Out.Write(DatasetJson.Serialize(dataset));
                }

                return 0;
            }
            catch (GrpcStatusException e)
            {
                return CliErrors.Report(e, Console.Error);
            }
        });
        return command;
    }
}
