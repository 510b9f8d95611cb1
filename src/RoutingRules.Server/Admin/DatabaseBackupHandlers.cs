using System.Diagnostics;
using System.Security.Cryptography;
using Google.Protobuf;
using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using RoutingRules.Store;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Admin;

/// <summary>
/// <c>BackupDatabase</c>: a consistent copy of the whole database (<see cref="SqliteBackup"/>),
/// written beside the database (same disk and permissions, never where a caller could name),
/// streamed in chunks of <see cref="ChunkBytes"/>, then deleted, also when the call fails or is
/// cancelled. Routing goes on throughout.
/// </summary>
internal sealed class DatabaseBackupHandlers(ReferenceDataHost data, ILogger logger)
{
    /// <summary>Bytes per chunk: well under the 4 MiB message limit of gRPC clients.</summary>
    internal const int ChunkBytes = 1 << 20;

    /// <summary>The copy's name beside the database while it is streamed: <c>backup-*.partial</c>.</summary>
    internal const string PartialPattern = "backup-*.partial";

    public async Task BackupAsync(Proto.BackupDatabaseRequest request, IGrpcStreamWriter<Proto.BackupChunk> responses, ServerCallContext context)
    {
        if (request.MaxMibPerSecond < 0)
        {
            throw GrpcStatusException.InvalidArgument(
                $"The rate is not valid: {request.MaxMibPerSecond} MiB/s.", ("max_mib_per_second", "must be 0 (no limit) or more"));
        }

        var options = (data.Opened ?? throw new GrpcStatusException(StatusCode.Unavailable, "The reference data store is still opening.")).Options;
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.Path)) ?? ".";
        var copy = Path.Combine(folder, PartialPattern.Replace("*", Guid.NewGuid().ToString("N"), StringComparison.Ordinal));
        var started = Stopwatch.GetTimestamp();
        try
        {
            var size = await Task.Run(() => SqliteBackup.WriteTo(options, copy), context.CancellationToken).ConfigureAwait(false);
            var copied = Stopwatch.GetElapsedTime(started);
            await StreamAsync(copy, size, request.MaxMibPerSecond, responses, context.CancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Database backup: {Bytes} bytes, copied in {Copied} ms, streamed in {Streamed} ms",
                size, (long)copied.TotalMilliseconds, (long)(Stopwatch.GetElapsedTime(started) - copied).TotalMilliseconds);
        }
        finally
        {
            // A copy that failed half-way may have left SQLite's journal or log beside it.
            foreach (var file in new[] { copy, copy + "-journal", copy + "-wal", copy + "-shm" })
            {
                TryDelete(file);
            }
        }
    }

    internal static async Task StreamAsync(string path, long size, int maxMibPerSecond, IGrpcStreamWriter<Proto.BackupChunk> responses, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        var buffer = new byte[ChunkBytes];
        long sent = 0;
        while (sent < size)
        {
            var read = await file.ReadAtLeastAsync(buffer, (int)Math.Min(buffer.Length, size - sent), throwOnEndOfStream: true, cancellationToken).ConfigureAwait(false);
            hash.AppendData(buffer, 0, read);
            var chunk = new Proto.BackupChunk { Data = ByteString.CopyFrom(buffer, 0, read) };
            if (sent == 0)
            {
                chunk.TotalBytes = size;
            }

            sent += read;
            if (sent == size)
            {
                chunk.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            await responses.WriteAsync(chunk).ConfigureAwait(false);
            if (maxMibPerSecond > 0 && sent < size)
            {
                // Ahead of the rate: wait until the bytes sent so far are due.
                var due = TimeSpan.FromSeconds((double)sent / (maxMibPerSecond * (double)(1 << 20)));
                var ahead = due - Stopwatch.GetElapsedTime(started);
                if (ahead > TimeSpan.Zero)
                {
                    await Task.Delay(ahead, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException failure)
        {
            logger.LogWarning(failure, "Could not delete the backup copy {Path}; delete it by hand.", path);
        }
        catch (UnauthorizedAccessException failure)
        {
            logger.LogWarning(failure, "Could not delete the backup copy {Path}; delete it by hand.", path);
        }
    }
}
