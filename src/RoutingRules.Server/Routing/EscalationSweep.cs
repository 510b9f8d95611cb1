using System.Diagnostics;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Server.Routing;

/// <summary>
/// The SLA escalation timer, owned by <see cref="LeadRoutingHost"/>: every policy
/// <c>sla.escalationSweepInterval</c> (read again every second, so a policy change applies within
/// one) it asks the assignment service to escalate the leads due
/// (<see cref="LeadAssignmentService.EscalateDueAsync"/>). Stops with the host: the wait and any
/// escalation still awaited are cancelled; escalations already queued are committed by the
/// assignment service as it stops.
/// </summary>
internal sealed class EscalationSweep(LeadAssignmentService assignments, ISnapshotSource snapshots, ILogger logger) : IDisposable
{
    // The loop wakes this often to read the policy's interval again.
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop = Task.Run(LoopAsync);

    /// <summary>One sweep now; returns how many leads it escalated. Failures are logged, never thrown.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var escalated = await assignments.EscalateDueAsync(cancellationToken).ConfigureAwait(false);
            if (escalated > 0)
            {
                logger.LogInformation("SLA escalation: {Count} unacknowledged lead(s) reassigned.", escalated);
            }

            return escalated;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "SLA escalation sweep failed; the next one tries again.");
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
        var last = Stopwatch.GetTimestamp();
        while (!stop.IsCancellationRequested)
        {
            var interval = snapshots.Current.Policy.Sla.EscalationSweepInterval;
            try
            {
                await Task.Delay(interval < Tick ? interval : Tick, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (Stopwatch.GetElapsedTime(last) >= snapshots.Current.Policy.Sla.EscalationSweepInterval)
            {
                await RunOnceAsync(stop).ConfigureAwait(false);
                last = Stopwatch.GetTimestamp();
            }
        }
    }
}
