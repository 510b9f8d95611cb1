using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RoutingRules.Domain.Serialization;
using RoutingRules.Grpc;
using Spectre.Console;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Cli;

/// <summary>
/// <c>import FILE [--server URL] [--token T] [--merge]</c>: a JSON dataset (replaces everything
/// unless --merge) or a CSV of accounts (always merged by id into the stored data).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A JSON dataset, or accounts as .csv." };
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.AdminTokenVariable);
        var merge = new Option<bool>("--merge") { Description = "Upsert the file's records into the stored data instead of replacing it (always on for .csv)." };
        var command = new Command("import", "Import reference data into a running server, all or nothing.") { file, server, token, merge };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(file)!, result.GetValue(server)!, result.GetValue(token), result.GetValue(merge), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, Uri server, string? token, bool merge, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"error: {file.FullName} does not exist.").ConfigureAwait(false);
            return CliErrors.BadInput;
        }

        var csv = string.Equals(file.Extension, ".csv", StringComparison.OrdinalIgnoreCase);
        var mode = csv || merge ? Proto.ImportMode.Merge : Proto.ImportMode.Replace;
        IReadOnlyList<Proto.ImportDatasetRequest> requests;
        try
        {
            if (csv)
            {
                using var reader = File.OpenText(file.FullName);
                requests = [.. CsvChunks.Requests(reader, mode)];
            }
            else
            {
                var dataset = DatasetJson.Load(file.FullName, out var declaresPolicy);
                // A merge changes the policy only when the file has one (Load fills a missing one with defaults).
                var withPolicy = mode != Proto.ImportMode.Merge || declaresPolicy;
                requests = [.. AdminClient.Requests(dataset, mode, withPolicy)];
            }
        }
        catch (JsonException e)
        {
            await Console.Error.WriteLineAsync($"error: {file.Name} is not a valid dataset: {DescribeJsonError(e)}").ConfigureAwait(false);
            return CliErrors.BadInput;
        }

        using var client = AdminClient.Create(server, token);
        try
        {
            var response = AnsiConsole.Profile.Capabilities.Interactive
                ? await WithProgressAsync(client, requests, file.Name, cancellationToken).ConfigureAwait(false)
                : await client.ImportAsync(Track(requests, _ => { }), cancellationToken).ConfigureAwait(false);
            Console.WriteLine(
                $"imported {file.Name} ({mode.ToString().ToLowerInvariant()}): {response.Reps} reps, {response.Territories} territories, " +
                $"{response.Accounts} accounts, {response.Opportunities} opportunities, {response.PreviousLeads} previous leads stored");
            return 0;
        }
        catch (GrpcStatusException e)
        {
            return CliErrors.Report(e, Console.Error);
        }
    }

    private static Task<Proto.ImportDatasetResponse> WithProgressAsync(
        AdminClient client, IReadOnlyList<Proto.ImportDatasetRequest> requests, string name, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var sending = context.AddTask($"sending {name}", maxValue: requests.Count);
                var applying = context.AddTask("validating and applying", autoStart: false);
                var response = await client.ImportAsync(
                    Track(requests, sent =>
                    {
                        sending.Increment(1);
                        if (sent == requests.Count)
                        {
                            applying.StartTask();
                            applying.IsIndeterminate = true;
                        }
                    }),
                    cancellationToken).ConfigureAwait(false);
                applying.IsIndeterminate = false;
                applying.Value = applying.MaxValue;
                return response;
            });

    /// <summary>Reports each message as the transport takes it, i.e. as the upload progresses.</summary>
    private static async IAsyncEnumerable<Proto.ImportDatasetRequest> Track(
        IReadOnlyList<Proto.ImportDatasetRequest> requests, Action<int> sent, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < requests.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return requests[i];
            sent(i + 1);
            await Task.Yield();
        }
    }

    /// <summary>
    /// The reader's message in the dataset's words: record types without their .NET namespace
    /// ('RoutingRules.Domain.Model.RepStatus' reads 'RepStatus'), and where in the file, which the
    /// message for a missing required property leaves out.
    /// </summary>
    internal static string DescribeJsonError(JsonException e)
    {
        var message = e.Message.Replace("RoutingRules.Domain.Model.", string.Empty, StringComparison.Ordinal)
            .Replace("RoutingRules.Domain.Policy.", string.Empty, StringComparison.Ordinal);
        return e.Path is { Length: > 0 } path && !message.Contains("Path: ", StringComparison.Ordinal)
            ? $"{message} Path: {path}" + (e.LineNumber is { } line ? $" | LineNumber: {line}" : string.Empty)
            : message;
    }
}
