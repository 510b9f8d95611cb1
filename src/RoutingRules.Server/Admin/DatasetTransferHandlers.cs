using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Admin;

/// <summary>
/// Bulk import and export. An import streams chunks (so 100,000 accounts never form one message
/// above the 4 MiB receive limit), is validated as a whole, and is applied in one transaction.
/// </summary>
internal sealed class DatasetTransferHandlers(ReferenceDataHost data, ILogger logger)
{
    internal const int DefaultChunkSize = 2000;
    internal const int MaxChunkSize = 20_000;

    public async Task<Proto.ImportDatasetResponse> ImportAsync(IAsyncEnumerable<Proto.ImportDatasetRequest> requests, ServerCallContext context)
    {
        var store = data.Store;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var accumulator = new ImportAccumulator(data.Now);
        await foreach (var request in requests.WithCancellation(context.CancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(request);
        }

        if (accumulator.Chunks == 0)
        {
            throw GrpcStatusException.InvalidArgument("The import stream was empty. Nothing was written.", ("chunk", "at least one message is required"));
        }

        if (accumulator.Errors.Count > 0 || accumulator.CsvErrors.Count > 0)
        {
            throw ValidationMapping.ToStatus(accumulator.CsvErrors, accumulator.Errors.Violations);
        }

        var received = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var dataset = accumulator.Build(store.Current.Dataset);
        await Task.Run(() => StoreWrites.Run(() => store.ImportDataset(dataset)), context.CancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Imported {Accounts} accounts, {Reps} reps, {Territories} territories from {Chunks} messages: received and mapped in {Received} ms, validated and committed in {Applied} ms",
            dataset.Accounts.Count, dataset.Reps.Count, dataset.Territories.Count, accumulator.Chunks,
            (long)received.TotalMilliseconds, (long)(System.Diagnostics.Stopwatch.GetElapsedTime(started) - received).TotalMilliseconds);
        return new Proto.ImportDatasetResponse
        {
            Reps = dataset.Reps.Count,
            Territories = dataset.Territories.Count,
            Accounts = dataset.Accounts.Count,
            Opportunities = dataset.Opportunities.Count,
            PreviousLeads = dataset.PreviousLeads.Count,
            Chunks = accumulator.Chunks,
        };
    }

    public async Task ExportAsync(Proto.ExportDatasetRequest request, IGrpcStreamWriter<Proto.DatasetChunk> responses, ServerCallContext context)
    {
        if (request.ChunkSize is < 0 or > MaxChunkSize)
        {
            throw GrpcStatusException.InvalidArgument("Bad chunk size.", ("chunk_size", $"must be between 0 and {MaxChunkSize}"));
        }

        // The snapshot is immutable: the export is consistent even while writes go on. Reps show the
        // workload routing uses now, so importing the export back changes nothing.
        var store = data.Store;
        var dataset = store.Current.Dataset;
        dataset = dataset with { Reps = store.WithEffectiveWorkloads(dataset.Reps) };
        foreach (var chunk in DatasetMapping.ToChunks(dataset, request.ChunkSize == 0 ? DefaultChunkSize : request.ChunkSize))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            await responses.WriteAsync(chunk).ConfigureAwait(false);
        }
    }
}
