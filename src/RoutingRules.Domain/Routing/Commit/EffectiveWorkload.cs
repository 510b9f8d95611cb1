using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The workload routing uses for a rep: the counters ops wrote, which state the rep's workload at
/// the moment they were written, plus what routing has counted for the rep since that moment
/// (its counters now less those recorded with the write, <see cref="WorkloadAsOf"/>). Routing's
/// own counters are never reset; a write only moves the point they are counted from.
/// </summary>
public static class EffectiveWorkload
{
    /// <summary>What a workload written on <paramref name="day"/> records when routing's counters for the rep are <paramref name="routed"/>.</summary>
    public static WorkloadAsOf AsOf(RepLiveCounters routed, DateOnly day) =>
        new(day, routed.OpenLeads, routed.AssignedOn(day));

    /// <summary>
    /// The workload of <paramref name="rep"/> (null: an unknown rep, zero written) when routing's
    /// counters are <paramref name="routed"/>, on UTC day <paramref name="today"/>. Allocates only
    /// when routing has counted something since the write; called for every candidate rep of
    /// every lead, so it stays arithmetic.
    /// </summary>
    public static RepWorkload Of(Rep? rep, RepLiveCounters routed, DateOnly today)
    {
        var written = rep?.Workload ?? RepWorkload.Empty;
        var asOf = rep?.WorkloadAsOf;
        int openLeads;
        int assignedToday;
        if (asOf is null)
        {
            // Written without a record of routing's counters (a snapshot built without the store):
            // routing's whole count is added, and the written assigned-today is taken as today's.
            openLeads = written.OpenLeads + routed.OpenLeads;
            assignedToday = written.AssignedToday + routed.AssignedOn(today);
        }
        else
        {
            // A reroute after the write can take away a lead that the written count left out (ops
            // wrote fewer than routing had sent); a rep cannot hold fewer than no leads, and a
            // negative count would make it look more available than an empty one.
            openLeads = Math.Max(0, written.OpenLeads + routed.OpenLeads - asOf.RoutedOpenLeads);

            // Assigned-today counts one UTC day: a workload written on an earlier day says nothing
            // about today, so only routing's assignments of today count then.
            assignedToday = asOf.Day == today
                ? Math.Max(0, written.AssignedToday + routed.AssignedOn(today) - asOf.RoutedToday)
                : routed.AssignedOn(today);
        }

        // A time, not a count: the later of the two cannot count anything twice.
        var lastAssignedAt = Latest(written.LastAssignedAt, routed.LastAssignedAt);
        if (openLeads == written.OpenLeads && assignedToday == written.AssignedToday && lastAssignedAt == written.LastAssignedAt)
        {
            return written;
        }

        return written with { OpenLeads = openLeads, AssignedToday = assignedToday, LastAssignedAt = lastAssignedAt };
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}
