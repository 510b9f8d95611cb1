using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Store.Routing;
using RoutingRules.Store.Tests.Routing;

namespace RoutingRules.Store.Tests;

/// <summary>
/// Plays routing against a store's file: assignments and reroutes committed to the decision log
/// beside it (which keeps routing's counters), and the workload routing reads, from a live state
/// loaded from that log as the assignment service loads it.
/// </summary>
internal sealed class RoutedLeads : IDisposable
{
    private readonly SqliteDecisionLog _log;
    private readonly Dictionary<string, CommittedDecision> _active = new(StringComparer.Ordinal);
    private long _sequence;

    public RoutedLeads(SqliteStoreOptions options)
    {
        _log = SqliteDecisionLog.Open(options);
        var stored = _log.Load(DateTimeOffset.MaxValue);
        _sequence = stored.LastSequence;
        foreach (var decision in stored.ActiveDecisions)
        {
            _active[decision.LeadId] = decision;
        }
    }

    /// <summary>Assigns the lead to the rep; a lead assigned before is rerouted (its old rep released).</summary>
    public void Assign(string leadId, string repId, DateTimeOffset at)
    {
        var superseded = _active.GetValueOrDefault(leadId);
        var decision = SqliteDecisionLogTests.Decision(++_sequence, leadId, Assignee.ForRep(repId, repId), at) with
        {
            DecisionId = $"d{_sequence}-{leadId}",
            SupersedesDecisionId = superseded?.DecisionId,
        };
        _log.Commit([new DecisionCommit(decision, LiveStateChanges.None, superseded)]);
        _active[leadId] = decision;
    }

    /// <summary>The workload routing uses for the rep at <paramref name="now"/> with the reps of <paramref name="snapshot"/>.</summary>
    public Domain.Model.RepWorkload WorkloadOf(ReferenceSnapshot snapshot, string repId, DateTimeOffset now)
    {
        var live = new LiveState(_log.Load(now.AddDays(-1)), TimeSpan.FromHours(2));
        live.Prepare(snapshot, now);
        return live.WorkloadOf(repId);
    }

    public void Dispose() => _log.Dispose();
}
