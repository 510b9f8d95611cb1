using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// Live state kept in memory: reference workloads from a snapshot, overridable counters, and
/// <see cref="Apply"/> to play committed outcomes forward. For tests, dry runs and benchmarks;
/// not thread-safe.
/// </summary>
public sealed class InMemoryLiveState(ReferenceSnapshot snapshot) : ILiveState
{
    private readonly Dictionary<string, RepWorkload> _workloads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _cursors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RecentAssignment>> _recent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DomainSightings> _sightings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _queues = new(StringComparer.Ordinal);

    public RepWorkload WorkloadOf(string repId) =>
        _workloads.TryGetValue(repId, out var w) ? w : snapshot.GetRep(repId)?.Workload ?? RepWorkload.Empty;

    public long RoundRobinCursor(string territoryId) => _cursors.GetValueOrDefault(territoryId);

    public void TallyRecentLeads(string accountId, DateTimeOffset since, ref RecentLeadTally tally) =>
        tally.AddSince(_recent.GetValueOrDefault(accountId), since);

    public DomainSightings? UnknownDomain(string domain) => _sightings.GetValueOrDefault(domain);

    public int QueueLength(string queueName) => _queues.GetValueOrDefault(queueName);

    public InMemoryLiveState SetWorkload(string repId, RepWorkload workload)
    {
        _workloads[repId] = workload;
        return this;
    }

    public InMemoryLiveState SetCursor(string territoryId, long position)
    {
        _cursors[territoryId] = position;
        return this;
    }

    public InMemoryLiveState SetQueueLength(string queueName, int length)
    {
        _queues[queueName] = length;
        return this;
    }

    public InMemoryLiveState AddRecentAssignment(string accountId, RecentAssignment assignment)
    {
        AccountList(accountId).Add(assignment);
        return this;
    }

    public InMemoryLiveState SetSightings(DomainSightings sightings)
    {
        _sightings[sightings.Domain] = sightings;
        return this;
    }

    /// <summary>Commits an outcome in memory: counters, cursor, recent assignment, sighting, queue length.</summary>
    public void Apply(RoutingOutcome outcome, DateTimeOffset at)
    {
        var decision = outcome.Decision;
        if (decision.Assignee.RepId is { } repId)
        {
            var w = WorkloadOf(repId);
            _workloads[repId] = w with { OpenLeads = w.OpenLeads + 1, AssignedToday = w.AssignedToday + 1, LastAssignedAt = at };
        }
        else if (decision.Assignee.QueueName is { } queue)
        {
            _queues[queue] = QueueLength(queue) + 1;
        }

        if (outcome.Changes.Cursor is { } cursor)
        {
            _cursors[cursor.TerritoryId] = cursor.Position;
        }

        if (decision.AccountId is { } accountId)
        {
            AccountList(accountId).Add(new RecentAssignment(decision.LeadId, decision.Assignee.RepId, decision.Assignee.QueueName, at));
        }

        if (outcome.Changes.SightedDomain is { } domain)
        {
            var seen = UnknownDomain(domain);
            _sightings[domain] = new DomainSightings(domain, (seen?.LeadCount ?? 0) + 1, seen?.FirstOwnerRepId ?? decision.Assignee.RepId);
        }
    }

    private List<RecentAssignment> AccountList(string accountId)
    {
        if (!_recent.TryGetValue(accountId, out var list))
        {
            list = [];
            _recent.Add(accountId, list);
        }

        return list;
    }
}
