using RoutingRules.Domain.Model;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Mapping;

/// <summary>Opportunities and previous leads between proto and domain.</summary>
internal static class SalesHistoryMapping
{
    public static Opportunity ToDomain(Proto.Opportunity o, FieldErrors errors, string path) => new()
    {
        Id = o.Id,
        AccountId = o.AccountId,
        OwnerId = o.OwnerId,
        Status = EnumMapping.ToDomain(o.Status, OpportunityStatus.Open, errors, path + ".status"),
        Amount = ValueMapping.ToDecimal(o.HasAmount ? o.Amount : null, errors, path + ".amount"),
    };

    public static Proto.Opportunity ToProto(Opportunity o)
    {
        var proto = new Proto.Opportunity
        {
            Id = o.Id,
            AccountId = o.AccountId,
            OwnerId = o.OwnerId,
            Status = EnumMapping.ToProto<OpportunityStatus, Proto.OpportunityStatus>(o.Status),
        };
        if (ValueMapping.ToDouble(o.Amount) is { } amount)
        {
            proto.Amount = amount;
        }

        return proto;
    }

    public static PreviousLead ToDomain(Proto.PreviousLead l, FieldErrors errors, string path) => new()
    {
        Id = l.Id,
        AccountId = ValueMapping.Text(l.HasAccountId, l.AccountId),
        Domain = ValueMapping.Text(l.HasDomain, l.Domain),
        OwnerId = l.OwnerId,
        Outcome = EnumMapping.ToDomain(l.Outcome, LeadOutcome.Open, errors, path + ".outcome"),
        ReceivedAt = ValueMapping.ToInstant(l.ReceivedAt, errors, path + ".received_at") ?? default,
    };

    public static Proto.PreviousLead ToProto(PreviousLead l)
    {
        var proto = new Proto.PreviousLead
        {
            Id = l.Id,
            OwnerId = l.OwnerId,
            Outcome = EnumMapping.ToProto<LeadOutcome, Proto.LeadOutcome>(l.Outcome),
            ReceivedAt = ValueMapping.FromInstant(l.ReceivedAt),
        };
        if (l.AccountId is not null)
        {
            proto.AccountId = l.AccountId;
        }

        if (l.Domain is not null)
        {
            proto.Domain = l.Domain;
        }

        return proto;
    }
}
