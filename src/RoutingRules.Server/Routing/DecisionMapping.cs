using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>A committed decision as the RouteLead response.</summary>
internal static class DecisionMapping
{
    private static readonly (RoutingFlags Flag, Proto.DecisionFlag Proto)[] Flags =
    [
        (RoutingFlags.ManualReviewMatch, Proto.DecisionFlag.ManualReviewMatch),
        (RoutingFlags.HighAccountActivity, Proto.DecisionFlag.HighAccountActivity),
        (RoutingFlags.OwnerAbsent, Proto.DecisionFlag.OwnerAbsent),
        (RoutingFlags.TimeZoneMismatch, Proto.DecisionFlag.TimeZoneMismatch),
        (RoutingFlags.CapacityOverflow, Proto.DecisionFlag.CapacityOverflow),
        (RoutingFlags.AutoCreatedAccount, Proto.DecisionFlag.AutoCreatedAccount),
        (RoutingFlags.OwnerNotified, Proto.DecisionFlag.OwnerNotified),
        (RoutingFlags.QueueCapacityAlert, Proto.DecisionFlag.QueueCapacityAlert),
        (RoutingFlags.IpNetworkAccount, Proto.DecisionFlag.IpNetworkAccount),
        (RoutingFlags.NoTerritoryMatch, Proto.DecisionFlag.NoTerritoryMatch),
        (RoutingFlags.SlaEscalated, Proto.DecisionFlag.SlaEscalated),
        (RoutingFlags.ManualAssignment, Proto.DecisionFlag.ManualAssignment),
        (RoutingFlags.TakenFromQueue, Proto.DecisionFlag.TakenFromQueue),
        (RoutingFlags.PartnerNotified, Proto.DecisionFlag.PartnerNotified),
    ];

    public static Proto.RouteLeadResponse ToProto(AssignmentResult result)
    {
        var committed = result.Decision;
        var d = committed.Decision;
        var response = new Proto.RouteLeadResponse
        {
            DecisionId = committed.DecisionId,
            LeadId = d.LeadId,
            Assignee = d.Assignee.QueueName is { } queue
                ? new Proto.Assignee { Queue = queue }
                : new Proto.Assignee { Rep = new Proto.AssignedRep { Id = d.Assignee.RepId ?? string.Empty, Name = d.Assignee.RepName ?? string.Empty } },
            Level = ToProto(d.Level),
            Treatment = ToProto(d.Treatment),
            Priority = ToProto(d.Priority),
            Sla = new Proto.Sla { RespondBy = Timestamp.FromDateTimeOffset(d.RespondBy), EscalateAt = Timestamp.FromDateTimeOffset(d.EscalateAt) },
            Reason = d.Reason,
            RuleSetVersion = d.RuleSetVersion,
            Replay = result.Replay,
            DecidedAt = Timestamp.FromDateTimeOffset(committed.DecidedAt),
        };
        if (d.TerritoryId is not null)
        {
            response.Territory = new Proto.AppliedTerritory { Id = d.TerritoryId, Name = d.TerritoryName ?? string.Empty };
        }

        if (d.AccountId is not null)
        {
            response.AccountId = d.AccountId;
        }

        if (d.SubsidiaryAccountId is not null)
        {
            response.SubsidiaryAccountId = d.SubsidiaryAccountId;
        }

        if (d.NextContactAt is { } next)
        {
            response.NextContactAt = Timestamp.FromDateTimeOffset(next);
        }

        if (committed.SupersedesDecisionId is not null)
        {
            response.SupersedesDecisionId = committed.SupersedesDecisionId;
        }

        foreach (var (flag, proto) in Flags)
        {
            if (d.Flags.HasFlag(flag))
            {
                response.Flags.Add(proto);
            }
        }

        return response;
    }

    internal static Proto.RoutingLevel ToProto(RoutingLevel level) => level switch
    {
        RoutingLevel.Strategic => Proto.RoutingLevel.Strategic,
        RoutingLevel.NamedAccount => Proto.RoutingLevel.NamedAccount,
        RoutingLevel.CustomerOwner => Proto.RoutingLevel.CustomerOwner,
        RoutingLevel.AccountManager => Proto.RoutingLevel.AccountManager,
        RoutingLevel.OpenOpportunity => Proto.RoutingLevel.OpenOpportunity,
        RoutingLevel.PreviousOwner => Proto.RoutingLevel.PreviousOwner,
        RoutingLevel.ChurnWinBack => Proto.RoutingLevel.ChurnWinBack,
        RoutingLevel.Partner => Proto.RoutingLevel.Partner,
        RoutingLevel.Competitor => Proto.RoutingLevel.Competitor,
        RoutingLevel.Territory => Proto.RoutingLevel.Territory,
        RoutingLevel.Backup => Proto.RoutingLevel.Backup,
        RoutingLevel.DefaultPool => Proto.RoutingLevel.DefaultPool,
        RoutingLevel.Escalation => Proto.RoutingLevel.Escalation,
        RoutingLevel.PriorityQueue => Proto.RoutingLevel.PriorityQueue,
        RoutingLevel.Specialist => Proto.RoutingLevel.Specialist,
        RoutingLevel.Referral => Proto.RoutingLevel.Referral,
        RoutingLevel.SlaEscalation => Proto.RoutingLevel.SlaEscalation,
        RoutingLevel.Manual => Proto.RoutingLevel.Manual,
        RoutingLevel.AccountOwner => Proto.RoutingLevel.AccountOwner,
        _ => Proto.RoutingLevel.Unspecified,
    };

    internal static Proto.LeadPriority ToProto(LeadPriority priority) =>
        priority == LeadPriority.Hot ? Proto.LeadPriority.Hot : Proto.LeadPriority.Normal;

    internal static Proto.Treatment ToProto(Treatment treatment) => treatment switch
    {
        Treatment.SeniorAeImmediate => Proto.Treatment.SeniorAeImmediate,
        Treatment.SdrQualification => Proto.Treatment.SdrQualification,
        Treatment.SdrAccelerated => Proto.Treatment.SdrAccelerated,
        Treatment.MarketingNurture => Proto.Treatment.MarketingNurture,
        Treatment.NurtureWithMonitoring => Proto.Treatment.NurtureWithMonitoring,
        Treatment.Disqualify => Proto.Treatment.Disqualify,
        _ => Proto.Treatment.Unspecified,
    };

    internal static Proto.UnmatchedReason ToProto(UnmatchedReason reason) => reason switch
    {
        UnmatchedReason.MissingData => Proto.UnmatchedReason.MissingData,
        UnmatchedReason.UncoveredCountry => Proto.UnmatchedReason.UncoveredCountry,
        UnmatchedReason.UncoveredArea => Proto.UnmatchedReason.UncoveredArea,
        UnmatchedReason.UncoveredIndustry => Proto.UnmatchedReason.UncoveredIndustry,
        UnmatchedReason.UncoveredSegment => Proto.UnmatchedReason.UncoveredSegment,
        _ => Proto.UnmatchedReason.Unspecified,
    };
}
