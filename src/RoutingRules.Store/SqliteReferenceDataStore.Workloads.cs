using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Store;

/// <summary>
/// Reps' workloads: written "as of now" (with routing's counters of that moment, in the same
/// transaction) and read as routing uses them (<see cref="EffectiveWorkload"/>).
/// </summary>
public sealed partial class SqliteReferenceDataStore
{
    public IReadOnlyList<Rep> WithEffectiveWorkloads(IReadOnlyList<Rep> reps) => Effective(reps, ReadRoutedCounts(null));

    private DateOnly Today => RepLiveCounters.UtcDay(_time.GetUtcNow());

    /// <summary>Routing's committed counters, on the read connection: <paramref name="repId"/>'s, or every rep's when null.</summary>
    private Dictionary<string, RepLiveCounters> ReadRoutedCounts(string? repId)
    {
        lock (_readGate)
        {
            return RoutedCounts.Load(_readConnection, null, repId);
        }
    }

    private List<Rep> Effective(IReadOnlyList<Rep> reps, IReadOnlyDictionary<string, RepLiveCounters> routed)
    {
        var today = Today;
        var result = new List<Rep>(reps.Count);
        foreach (var rep in reps)
        {
            var workload = EffectiveWorkload.Of(rep, RoutedCounts.Of(routed, rep.Id), today);
            result.Add(rep with { Workload = workload, WorkloadAsOf = null });
        }

        return result;
    }

    /// <summary>The reps as a write inside <paramref name="transaction"/> stores them (<see cref="WorkloadSettlement"/>). Under the gate.</summary>
    private List<Rep> SettleWorkloads(IReadOnlyList<Rep> reps, SqliteTransaction transaction)
    {
        var routed = RoutedCounts.Load(_connection, transaction, reps.Count == 1 ? reps[0].Id : null);
        var today = Today;
        var current = Current;
        var settled = new List<Rep>(reps.Count);
        foreach (var rep in reps)
        {
            settled.Add(WorkloadSettlement.Settle(rep, current.GetRep(rep.Id), RoutedCounts.Of(routed, rep.Id), today));
        }

        return settled;
    }
}
