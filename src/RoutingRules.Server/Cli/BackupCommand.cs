using System.CommandLine;
using RoutingRules.Store;

namespace RoutingRules.Server.Cli;

/// <summary>
/// <c>backup --out FILE [--max-rate MIB_PER_S] [--server URL] [--token T]</c>: a consistent copy of the server's whole
/// database, taken while it runs. The copy arrives as <c>FILE.partial</c> and becomes FILE only
/// once its size, its SHA-256 and SQLite's quick check all agree; an existing FILE is never
/// overwritten.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.AdminTokenVariable);
        var output = new Option<FileInfo>("--out") { Description = "File to write the copy to (must not exist).", Required = true };
        var maxRate = CliOptions.WholeNumber(
            "--max-rate", "Receive at most this many MiB per second, to leave the server's machine to routing (default: no limit).", 0,
            new(0, int.MaxValue, "--max-rate must be 0 (no limit) or more."));
        var command = new Command("backup", "Copy the server's whole database (reference data, decisions, traces) while it runs.") { server, token, output, maxRate };
        command.SetAction(async (result, cancellationToken) =>
        {
            var target = result.GetValue(output)!.FullName;
            var partial = target + ".partial";
            if (File.Exists(target) || File.Exists(partial))
            {
                Console.Error.WriteLine($"error: {(File.Exists(target) ? target : partial)} exists already; choose another file (a backup never overwrites one).");
                return CliErrors.BadInput;
            }

            // Before the server is asked for a copy of the whole database.
            if (!OutputFolder.Exists(target))
            {
                return CliErrors.BadInput;
            }

            var uri = result.GetValue(server)!;
            return await CliErrors.CallAsync(uri, async () =>
            {
                using var client = AdminClient.Create(uri, result.GetValue(token));
                try
                {
                    (long Bytes, string Sha256) copy;
                    await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                    {
                        copy = await client.BackupAsync(file, result.GetValue(maxRate), cancellationToken).ConfigureAwait(false);
                        // On the disk before it is checked and renamed: a renamed copy is one to rely on.
                        file.Flush(flushToDisk: true);
                    }

                    if (!SqliteBackup.IsIntact(partial))
                    {
                        throw new InvalidDataException("The copy fails SQLite's quick check.");
                    }

                    File.Move(partial, target);
                    Console.Error.WriteLine($"backed up {copy.Bytes:N0} bytes to {target} (SHA-256 {copy.Sha256}); run a server on it with: routingrules serve --data {target}");
                    return 0;
                }
                catch (Exception failure) when (failure is InvalidDataException or IOException)
                {
                    Console.Error.WriteLine($"error: {failure.Message} Nothing was written to {target}.");
                    return CliErrors.CallFailed;
                }
                finally
                {
                    // Left only by a failed or cancelled copy: the finished one was moved to the target.
                    // Checked first: File.Delete throws when the folder itself went away meanwhile.
                    if (File.Exists(partial))
                    {
                        File.Delete(partial);
                    }
                }
            }).ConfigureAwait(false);
        });
        return command;
    }
}
