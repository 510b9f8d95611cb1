namespace RoutingRules.Domain.Routing;

/// <summary>Conditions the assignee or ops must know about; several may hold at once.</summary>
[Flags]
public enum RoutingFlags
{
    None = 0,

    /// <summary>The account match needs manual confirmation (fuzzy score between the two thresholds).</summary>
    ManualReviewMatch = 1 << 0,

    /// <summary>Several leads of the account arrived within the activity window.</summary>
    HighAccountActivity = 1 << 1,

    /// <summary>The owner is absent; the backup got the lead and the owner is told.</summary>
    OwnerAbsent = 1 << 2,

    /// <summary>The assignee is far from the lead's time zone; see <see cref="RoutingDecision.NextContactAt"/>.</summary>
    TimeZoneMismatch = 1 << 3,

    /// <summary>Every candidate was excluded; the lead went to a fallback.</summary>
    CapacityOverflow = 1 << 4,

    /// <summary>An account was created from this lead's unknown corporate domain.</summary>
    AutoCreatedAccount = 1 << 5,

    /// <summary>A specialist got the lead; the account owner is told.</summary>
    OwnerNotified = 1 << 6,

    /// <summary>The receiving queue holds more leads than the alert threshold.</summary>
    QueueCapacityAlert = 1 << 7,

    /// <summary>
    /// The lead's IP address is in the office network of an account the lead was not attributed
    /// to; the IP alone never decides, so the account's owner is only told.
    /// </summary>
    IpNetworkAccount = 1 << 8,
    /// <summary>No account level claims the lead and no territory's criteria accept it (counted by the unmatched-territory share, DOMAIN.md §4).</summary>
    NoTerritoryMatch = 1 << 9,

    /// <summary>
    /// The previous assignee did not acknowledge the lead by its escalation time: the lead was
    /// reassigned automatically (territory backup, else the assignee's manager, else the escalation queue).
    /// </summary>
    SlaEscalated = 1 << 10,

    /// <summary>Ops assigned the lead by hand (AssignLead), superseding the decision in force.</summary>
    ManualAssignment = 1 << 11,

    /// <summary>
    /// With <see cref="ManualAssignment"/>: the lead was waiting in a queue, so the manual decision
    /// is its assignment after manual review, not a reassignment away from a rep.
    /// </summary>
    TakenFromQueue = 1 << 12,

    /// <summary>
    /// The account was sourced directly with a partner involved: the lead took its usual route and
    /// the account's partner manager is to be told of it (the trace names them).
    /// </summary>
    PartnerNotified = 1 << 13,
}
