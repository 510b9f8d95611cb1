namespace RoutingRules.Store.Routing;

/// <summary>
/// What one group commit does to the reps' live counters and the round-robin cursors, summed so
/// that each rep and territory is written once per commit instead of once per decision (a busy
/// territory sends dozens of decisions per commit to the same few reps). The result equals the
/// decision-by-decision writes: assignments are kept as runs of one UTC day in commit order, so
/// <c>assigned_today</c> restarts exactly where a decision-by-decision write would restart it.
/// </summary>
internal sealed class BatchCounters
{
    private readonly Dictionary<string, RepChanges> _reps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _cursors = new(StringComparer.Ordinal);

    // Every commit runs on the same instance: the per-rep changes are recycled rather than reallocated.
    private readonly Stack<RepChanges> _spare = new();

    /// <summary>Per rep, in first-touched order: assignment runs and releases.</summary>
    public Dictionary<string, RepChanges> Reps => _reps;

    /// <summary>Each territory's cursor after the commit's last move.</summary>
    public Dictionary<string, long> Cursors => _cursors;

    public void Assigned(string repId, DateOnly day, DateTimeOffset at) => For(repId).Assigned(day, at);

    public void Released(string repId) => For(repId).Releases++;

    public void CursorMoved(string territoryId, long position) => _cursors[territoryId] = position;

    public void Clear()
    {
        foreach (var changes in _reps.Values)
        {
            changes.Runs.Clear();
            changes.Releases = 0;
            _spare.Push(changes);
        }

        _reps.Clear();
        _cursors.Clear();
    }

    private RepChanges For(string repId)
    {
        if (!_reps.TryGetValue(repId, out var changes))
        {
            _reps[repId] = changes = _spare.TryPop(out var spare) ? spare : new RepChanges();
        }

        return changes;
    }

    /// <summary>One rep's changes: consecutive assignments of one UTC day form a run (count and latest time).</summary>
    internal sealed class RepChanges
    {
        public List<(DateOnly Day, int Count, DateTimeOffset LatestAt)> Runs { get; } = [];

        public int Releases { get; set; }

        public void Assigned(DateOnly day, DateTimeOffset at)
        {
            if (Runs.Count > 0 && Runs[^1].Day == day)
            {
                var (_, count, latest) = Runs[^1];
                Runs[^1] = (day, count + 1, at > latest ? at : latest);
            }
            else
            {
                Runs.Add((day, 1, at));
            }
        }
    }
}
