using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Server.Routing;

/// <summary>
/// The trace retention timer, owned by <see cref="LeadRoutingHost"/> when <c>serve
/// --trace-retention-days</c> is given: once at start, then every
/// <see cref="LeadRoutingOptions.TraceRetentionInterval"/>, it removes the stored traces of the
/// decisions made longer ago than the retention (<see cref="LeadAssignmentService.RemoveTracesAsync"/>).
/// The decisions stay: replays, history and ExplainRoute still answer for them, the last with
/// what the decision records. Stops with the host.
/// </summary>
internal sealed class TraceRetentionSweep(
    LeadAssignmentService assignments, TimeSpan retention, TimeSpan interval, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop = Task.Run(LoopAsync);

    /// <summary>One pass now; returns how many traces it removed. Failures are logged, never thrown.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow() - retention;
        try
        {
            var removed = await assignments.RemoveTracesAsync(cutoff, cancellationToken).ConfigureAwait(false);
            if (removed > 0)
            {
                logger.LogInformation("Trace retention: removed the traces of {Count} decision(s) made before {Cutoff:u}.", removed, cutoff);
            }

            return removed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "Trace retention pass failed; the next one tries again.");
            return 0;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The loop only ends by cancellation; anything else was logged by RunOnceAsync.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        var stop = _stop.Token;
        while (!stop.IsCancellationRequested)
        {
            await RunOnceAsync(stop).ConfigureAwait(false);
            try
            {
                await Task.Delay(interval, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
