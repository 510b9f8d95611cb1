namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Routing's own count of the leads it assigned to a rep, kept in the decision log and never reset:
/// a written workload records it (<see cref="Model.WorkloadAsOf"/>) and counts on from there.
/// <see cref="AssignedToday"/> counts decisions dated <see cref="Day"/> (a UTC calendar date), so it
/// restarts at zero on the first assignment of a new UTC day and reads as zero on any later day.
/// </summary>
public sealed record RepLiveCounters(int OpenLeads, DateOnly Day, int AssignedToday, DateTimeOffset? LastAssignedAt)
{
    public static RepLiveCounters Empty { get; } = new(0, DateOnly.MinValue, 0, null);

    public static DateOnly UtcDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    public RepLiveCounters Assigned(DateTimeOffset at)
    {
        var day = UtcDay(at);
        var last = LastAssignedAt is { } previous && previous > at ? previous : at;
        return new RepLiveCounters(OpenLeads + 1, day, day == Day ? AssignedToday + 1 : 1, last);
    }

    public RepLiveCounters Released() => this with { OpenLeads = OpenLeads - 1 };

    public int AssignedOn(DateOnly day) => day == Day ? AssignedToday : 0;
}
