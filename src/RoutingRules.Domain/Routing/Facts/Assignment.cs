using System.Globalization;
using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>Who gets the lead, at which level and why: the owner part of the decision.</summary>
public sealed class Assignment(
    Assignee assignee, RoutingLevel level, string reason, RoutingFlags flags, Territory? territory, string? accountId,
    RepProfile? rep, TerritoryCursor? cursor)
{
    public Assignee Assignee { get; } = assignee;
    public RoutingLevel Level { get; } = level;
    public string Reason { get; } = reason;
    public RoutingFlags Flags { get; } = flags;
    public Territory? Territory { get; } = territory;
    public string? AccountId { get; } = accountId;

    /// <summary>The receiving rep, when the assignee is a rep in this session.</summary>
    public RepProfile? Rep { get; } = rep;

    public TerritoryCursor? Cursor { get; } = cursor;

    public bool IsRep => Rep is not null;

    public static Assignment FromClaim(OwnerClaim claim) => new(
        claim.Rep is { } r ? Assignee.ForRep(r.Id, r.Rep.Name) : Assignee.ForQueue(claim.Queue!),
        claim.Level, claim.Reason, claim.Flags, null, claim.AccountId, claim.Rep, null);

    public static Assignment FromDistribution(DistributionChoice choice, OwningAccount? account) => new(
        Assignee.ForRep(choice.Chosen.RepId, choice.Chosen.Profile.Rep.Name), RoutingLevel.Territory,
        $"territory {choice.Chosen.Territory.Territory.Name}, {(choice.SmallDealPool ? RoutingLabels.SmallDealPool : RoutingLabels.Of(choice.Strategy))} distribution",
        RoutingFlags.None, choice.Chosen.Territory.Territory, account?.Id, choice.Chosen.Profile, choice.Cursor);

    public static Assignment ToBackup(ChosenTerritory territory, RepProfile backup, OwningAccount? account) => new(
        Assignee.ForRep(backup.Id, backup.Rep.Name), RoutingLevel.Backup,
        $"every member of {territory.Territory.Name} is excluded; territory backup rep",
        RoutingFlags.CapacityOverflow, territory.Territory, account?.Id, backup, null);

    /// <summary>
    /// The territory's backup, in a zone closer to the lead's, instead of members who are all over
    /// <paramref name="offset"/> from it (DOMAIN.md §4): not a capacity overflow, so no flag of its
    /// own (a backup still over the offset is flagged for delayed follow-up like any far rep).
    /// </summary>
    public static Assignment ToCloserBackup(ChosenTerritory territory, RepProfile backup, TimeSpan offset) => new(
        Assignee.ForRep(backup.Id, backup.Rep.Name), RoutingLevel.Backup,
        $"every eligible member of {territory.Territory.Name} is over {offset.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h from the lead's time zone; territory backup rep, in a closer zone",
        RoutingFlags.None, territory.Territory, null, backup, null);

    public static Assignment ToQueue(string queue, RoutingLevel level, string reason, RoutingFlags flags, ChosenTerritory? territory, OwningAccount? account) =>
        new(Assignee.ForQueue(queue), level, reason, flags, territory?.Territory, account?.Id, null, null);

    public override string ToString() => $"{Level} -> {Assignee.RepId ?? Assignee.QueueName}: {Reason}";
}
