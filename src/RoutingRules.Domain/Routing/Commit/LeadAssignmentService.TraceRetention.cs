namespace RoutingRules.Domain.Routing.Commit;

/// <summary>Trace retention: removing the traces of old decisions without holding up commits.</summary>
public sealed partial class LeadAssignmentService
{
    /// <summary>
    /// Traces removed per transaction. The log's connection is the commit thread's too: a chunk
    /// this size holds it under a millisecond at the median, about 10 ms at the 99th percentile
    /// (docs/PERFORMANCE.md, "Trace retention").
    /// </summary>
    internal const int TracesRemovedPerChunk = 500;

    // Between chunks, so the commits waiting for the connection get it before the next chunk does.
    private static readonly TimeSpan PauseBetweenChunks = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Removes the stored traces of every decision made before <paramref name="decidedBefore"/>,
    /// oldest first, in short transactions; the decisions themselves stay (ExplainRoute then says
    /// what the decision records and that its details are gone). Returns how many were removed.
    /// </summary>
    public async Task<int> RemoveTracesAsync(DateTimeOffset decidedBefore, CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var removed = _log.RemoveTraces(decidedBefore, TracesRemovedPerChunk);
            if (removed == 0)
            {
                return total;
            }

            total += removed;
            await Task.Delay(PauseBetweenChunks, cancellationToken).ConfigureAwait(false);
        }
    }
}
