using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing;

/// <summary>The outcome of routing one lead, before it is committed.</summary>
public sealed record RoutingDecision
{
    public required string LeadId { get; init; }
    public required Assignee Assignee { get; init; }
    public required RoutingLevel Level { get; init; }
    public string? TerritoryId { get; init; }
    public string? TerritoryName { get; init; }

    /// <summary>
    /// The account the decision went by: the one the lead was matched to (or created for it), or its
    /// parent when the lead came from a subsidiary routed to the parent's owner; null when none.
    /// </summary>
    public string? AccountId { get; init; }

    /// <summary>
    /// When <see cref="AccountId"/> is a parent account: the subsidiary the lead itself matched, the
    /// account a CRM files the lead under. Null otherwise.
    /// </summary>
    public string? SubsidiaryAccountId { get; init; }

    public required Treatment Treatment { get; init; }
    public LeadPriority Priority { get; init; }
    public required DateTimeOffset RespondBy { get; init; }
    public required DateTimeOffset EscalateAt { get; init; }
    public RoutingFlags Flags { get; init; }

    /// <summary>With <see cref="RoutingFlags.TimeZoneMismatch"/>: the next business-hours time in the lead's zone.</summary>
    public DateTimeOffset? NextContactAt { get; init; }

    /// <summary>One sentence saying why, in English; localized explanations are built from the trace.</summary>
    public required string Reason { get; init; }

    /// <summary>The lead's score when it was routed; null when unknown (queues rank by it).</summary>
    public int? LeadScore { get; init; }

    /// <summary>
    /// Where the lead came from, as it was routed: the routing health's conversion by lead source
    /// reads it. <see cref="LeadSource.Unknown"/> when the lead did not say, and for decisions
    /// stored before it was kept.
    /// </summary>
    public LeadSource Source { get; init; }

    /// <summary>
    /// The lead's segment as routing worked it out (its employee band, completed from its account,
    /// else its revenue band when the policy sets them, else the policy's default segment): the
    /// routing health's conversion by segment reads it.
    /// Null for decisions stored before it was kept.
    /// </summary>
    public Segment? Segment { get; init; }

    /// <summary>
    /// For a decision flagged <see cref="RoutingFlags.NoTerritoryMatch"/>: why no territory matched,
    /// with the lead's country and industry (a shared instance, <see cref="UnmatchedLead.Of"/>), for the
    /// routing health's breakdown of unmatched leads; carried over by an escalation or a manual
    /// assignment with the flag. Null for every other decision, and for unmatched decisions stored
    /// before reasons were kept (their reason reads as <see cref="UnmatchedReason.Unknown"/>).
    /// </summary>
    public UnmatchedLead? Unmatched { get; init; }

    /// <summary>Hash of the compiled rules and the policy that produced the decision.</summary>
    public required string RuleSetVersion { get; init; }
}
