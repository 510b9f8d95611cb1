using RoutingRules.Domain.Model;
using RoutingRules.Grpc;
using RoutingRules.Server.Admin;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Cli;

/// <summary>The CLI's side of the admin API: streams imports in chunks and reassembles exports.</summary>
internal sealed class AdminClient(GrpcClient client, string? token) : IDisposable
{
    internal const string Service = "/routingrules.v1.RoutingAdmin/";
    internal const int RecordsPerChunk = 1000;

    public static AdminClient Create(Uri server, string? token) => new(new GrpcClient(server), token);

    public Task<Proto.ImportDatasetResponse> ImportAsync(IAsyncEnumerable<Proto.ImportDatasetRequest> requests, CancellationToken cancellationToken) =>
        client.ClientStreamingAsync(Service + "ImportDataset", requests, Proto.ImportDatasetResponse.Parser, Options(cancellationToken));

    public async Task<Dataset> ExportAsync(CancellationToken cancellationToken)
    {
        var accumulator = new ImportAccumulator();
        var request = new Proto.ExportDatasetRequest { ChunkSize = RecordsPerChunk };
        await foreach (var chunk in client.ServerStreamingAsync(Service + "ExportDataset", request, Proto.DatasetChunk.Parser, Options(cancellationToken)).ConfigureAwait(false))
        {
            accumulator.Add(new Proto.ImportDatasetRequest { Chunk = chunk });
        }

        if (accumulator.Errors.Count > 0)
        {
            throw new InvalidDataException("The server sent malformed records: " + string.Join("; ", accumulator.Errors.Violations.Take(5)));
        }

        return accumulator.Build(Dataset.Empty);
    }

    /// <summary>
    /// Streams the server's database copy into <paramref name="destination"/>; returns its size and
    /// SHA-256 once both match what the server said they are (otherwise throws <see cref="InvalidDataException"/>).
    /// </summary>
    public async Task<(long Bytes, string Sha256)> BackupAsync(Stream destination, int maxMibPerSecond, CancellationToken cancellationToken)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        long expected = -1, received = 0;
        string? expectedHash = null;
        await foreach (var chunk in client.ServerStreamingAsync(Service + "BackupDatabase", new Proto.BackupDatabaseRequest { MaxMibPerSecond = maxMibPerSecond }, Proto.BackupChunk.Parser, Options(cancellationToken)).ConfigureAwait(false))
        {
            if (received == 0)
            {
                expected = chunk.TotalBytes;
            }

            var bytes = chunk.Data.Memory;
            hash.AppendData(bytes.Span);
            await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            received += bytes.Length;
            if (chunk.Sha256.Length > 0)
            {
                expectedHash = chunk.Sha256;
            }
        }

        var actualHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (received != expected || expectedHash != actualHash)
        {
            throw new InvalidDataException(
                $"The copy arrived incomplete or altered: {received} of {expected} bytes, SHA-256 {actualHash} against the server's {expectedHash ?? "(none)"}.");
        }

        return (received, actualHash);
    }

    /// <summary>Import requests for a dataset: the mode and policy in the first message, then records in chunks.</summary>
    public static IEnumerable<Proto.ImportDatasetRequest> Requests(Dataset dataset, Proto.ImportMode mode, bool withPolicy = true)
    {
        var first = true;
        foreach (var chunk in DatasetMapping.ToChunks(dataset, RecordsPerChunk, withPolicy))
        {
            yield return new Proto.ImportDatasetRequest { Mode = first ? mode : Proto.ImportMode.Unspecified, Chunk = chunk };
            first = false;
        }
    }

    public void Dispose() => client.Dispose();

    private GrpcCallOptions Options(CancellationToken cancellationToken) => new()
    {
        Headers = token is null ? null : new Metadata().Add("authorization", "Bearer " + token),
        CancellationToken = cancellationToken,
    };
}
