using System.Buffers;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// The reps a lead's session needs: account owners, their successors, managers and backups, and
/// one <see cref="RepProfile"/> each with its workload and time-zone distance to the lead.
/// </summary>
internal static class RepGathering
{
    public static void AddOwners(Account account, HashSet<string> repIds)
    {
        AddId(account.OwnerId, repIds);
        AddId(account.StrategicOwnerId, repIds);
        AddId(account.NamedAccountOwnerId, repIds);
        AddId(account.PartnerManagerId, repIds);
        AddId(account.AccountManagerId, repIds);
    }

    private static void AddId(string? id, HashSet<string> repIds)
    {
        if (id is not null)
        {
            repIds.Add(id);
        }
    }

    public static void AddRelated(HashSet<string> repIds, ReferenceSnapshot snapshot)
    {
        // The reps gathered so far, not those this adds: a copy, rented so that routing allocates none.
        var count = repIds.Count;
        var ids = ArrayPool<string>.Shared.Rent(Math.Max(count, 1));
        try
        {
            repIds.CopyTo(ids);
            for (var i = 0; i < count; i++)
            {
                if (snapshot.GetRep(ids[i]) is { } rep)
                {
                    AddRelatedRep(rep.SuccessorId, repIds, snapshot);
                    AddRelatedRep(rep.ManagerId, repIds, snapshot);
                    AddRelatedRep(rep.BackupId, repIds, snapshot);
                }
            }
        }
        finally
        {
            ArrayPool<string>.Shared.Return(ids, clearArray: true);
        }
    }

    private static void AddRelatedRep(string? related, HashSet<string> repIds, ReferenceSnapshot snapshot)
    {
        if (related is not null && repIds.Add(related) && snapshot.GetRep(related) is { BackupId: { } backup })
        {
            repIds.Add(backup);
        }
    }

    public static void AddReps(Lead lead, HashSet<string> repIds, RoutingContext context, List<object> facts)
    {
        // Reps share a few time zones: remember the offsets of the first few rather than build a dictionary.
        const int Remembered = 8;
        var zones = ArrayPool<string>.Shared.Rent(Remembered);
        Span<double> offsets = stackalloc double[Remembered];
        var known = 0;
        var leadOffset = ZoneClock.UtcOffset(lead.TimeZone, context.Now);
        try
        {
            foreach (var id in repIds)
            {
                if (context.Snapshot.GetRep(id) is { } rep)
                {
                    var hours = double.NaN;
                    for (var k = 0; k < known; k++)
                    {
                        if (string.Equals(zones[k], rep.TimeZone, StringComparison.Ordinal))
                        {
                            hours = offsets[k];
                            break;
                        }
                    }

                    if (double.IsNaN(hours))
                    {
                        hours = ZoneClock.HoursBetween(leadOffset, rep.TimeZone, context.Now);
                        if (known < Remembered)
                        {
                            zones[known] = rep.TimeZone;
                            offsets[known++] = hours;
                        }
                    }

                    facts.Add(new RepProfile(rep, context.Live.WorkloadOf(id), hours));
                }
            }
        }
        finally
        {
            ArrayPool<string>.Shared.Return(zones, clearArray: true);
        }
    }
}
