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
    LeadAssignmentService assignments, TimeSpan retention, TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundPass(logger)
{
    protected override string Name => "Trace retention pass";

    protected override Task<int> RunAsync(CancellationToken cancellationToken) =>
        assignments.RemoveTracesAsync(time.GetUtcNow() - retention, cancellationToken);

    protected override void LogDone(ILogger log, int count) =>
        log.LogInformation("Trace retention: removed the traces of {Count} decision(s) older than {Days} days.", count, retention.TotalDays);

    protected override async Task LoopAsync(CancellationToken stop)
    {
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
