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
internal sealed class EscalationSweep(LeadAssignmentService assignments, ISnapshotSource snapshots, ILogger logger) : BackgroundPass(logger)
{
    // The loop wakes this often to read the policy's interval again.
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    protected override string Name => "SLA escalation sweep";

    protected override Task<int> RunAsync(CancellationToken cancellationToken) => assignments.EscalateDueAsync(cancellationToken);

    protected override void LogDone(ILogger log, int count) => log.LogInformation("SLA escalation: {Count} unacknowledged lead(s) reassigned.", count);

    protected override async Task LoopAsync(CancellationToken stop)
    {
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
