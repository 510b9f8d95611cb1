namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// "This lead belongs to X because Y": one level of the priority chain found an owner (a rep
/// or a queue). The claim with the lowest (<see cref="Rank"/>, <see cref="Order"/>, owner id) wins.
/// </summary>
public sealed class OwnerClaim(
    RoutingLevel level, int rank, long order, RepProfile? rep, string? queue, string reason, RoutingFlags flags, string? accountId)
{
    public RoutingLevel Level { get; } = level;
    public int Rank { get; } = rank;

    /// <summary>Tie-break among claims of one rank (e.g. the most recent previous lead first).</summary>
    public long Order { get; } = order;

    /// <summary>The receiving rep, or null for a queue.</summary>
    public RepProfile? Rep { get; } = rep;
    public string? Queue { get; } = queue;
    public string Reason { get; } = reason;
    public RoutingFlags Flags { get; } = flags;
    public string? AccountId { get; } = accountId;

    public string OwnerKey => Rep?.Id ?? Queue ?? string.Empty;
    public string? SuccessorId => Rep?.Rep.SuccessorId;
    public string? ManagerId => Rep?.Rep.ManagerId;
    public string? BackupId => Rep?.Rep.BackupId;
    public bool HasDepartedRep => Rep is { Rep.Departed: true };
    public bool IsForRep => Rep is not null;

    public static OwnerClaim ForRep(RoutingLevel level, int rank, RepProfile rep, OwningAccount? account, string reason, long order = 0) =>
        new(level, rank, order, rep, null, reason, RoutingFlags.None, account?.Id);

    public static OwnerClaim ForQueue(RoutingLevel level, int rank, string queue, OwningAccount? account, string reason) =>
        new(level, rank, 0, null, queue, reason, RoutingFlags.None, account?.Id);

    /// <summary>True when <paramref name="other"/> wins over <paramref name="claim"/>.</summary>
    public static bool Outranks(OwnerClaim other, OwnerClaim claim) =>
        other.Rank != claim.Rank ? other.Rank < claim.Rank
        : other.Order != claim.Order ? other.Order < claim.Order
        : string.CompareOrdinal(other.OwnerKey, claim.OwnerKey) < 0;

    /// <summary>The same claim given to another rep (successor, manager, backup), keeping its level and rank.</summary>
    public OwnerClaim HandedTo(RepProfile rep, string why, RoutingFlags flags = RoutingFlags.None) =>
        new(Level, Rank, Order, rep, null, $"{Reason}; {why}", Flags | flags, AccountId);

    /// <summary>The same claim carrying more flags.</summary>
    public OwnerClaim Flagged(RoutingFlags flags) => new(Level, Rank, Order, Rep, Queue, Reason, Flags | flags, AccountId);

    public override string ToString() => $"claim {Level} (rank {Rank}) -> {OwnerKey}: {Reason}";
}
