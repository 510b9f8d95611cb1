using RoutingRules.Domain.Model;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Mapping;

/// <summary>Account between proto and domain.</summary>
internal static class AccountMapping
{
    public static Account ToDomain(Proto.Account a, FieldErrors errors, string path) => new()
    {
        Id = a.Id,
        Name = a.Name,
        Domains = [.. a.Domains],
        Aliases = [.. a.Aliases],
        IpRanges = [.. a.IpRanges],
        Status = EnumMapping.ToDomain(a.Status, AccountStatus.Prospect, errors, path + ".status"),
        ChurnedOn = ValueMapping.ToDate(ValueMapping.Text(a.HasChurnedOn, a.ChurnedOn), errors, path + ".churned_on"),
        OwnerId = ValueMapping.Text(a.HasOwnerId, a.OwnerId),
        Strategic = a.Strategic,
        StrategicOwnerId = ValueMapping.Text(a.HasStrategicOwnerId, a.StrategicOwnerId),
        NamedAccountOwnerId = ValueMapping.Text(a.HasNamedAccountOwnerId, a.NamedAccountOwnerId),
        Competitor = a.Competitor,
        PartnerManagerId = ValueMapping.Text(a.HasPartnerManagerId, a.PartnerManagerId),
        PartnerSourcing = EnumMapping.ToDomain(a.PartnerSourcing, PartnerSourcing.Partner, errors, path + ".partner_sourcing"),
        ContractValue = ValueMapping.ToDecimal(a.HasContractValue ? a.ContractValue : null, errors, path + ".contract_value"),
        AccountManagerId = ValueMapping.Text(a.HasAccountManagerId, a.AccountManagerId),
        ParentAccountId = ValueMapping.Text(a.HasParentAccountId, a.ParentAccountId),
        EmployeeCount = a.HasEmployeeCount ? a.EmployeeCount : null,
        Industry = ValueMapping.Text(a.HasIndustry, a.Industry),
        Country = ValueMapping.Text(a.HasCountry, a.Country),
        AutoCreated = a.AutoCreated,
    };

    public static Proto.Account ToProto(Account a)
    {
        var proto = new Proto.Account
        {
            Id = a.Id,
            Name = a.Name,
            Status = EnumMapping.ToProto<AccountStatus, Proto.AccountStatus>(a.Status),
            Strategic = a.Strategic,
            Competitor = a.Competitor,
            AutoCreated = a.AutoCreated,
            PartnerSourcing = EnumMapping.ToProto<PartnerSourcing, Proto.PartnerSourcing>(a.PartnerSourcing),
        };
        proto.Domains.AddRange(a.Domains);
        proto.Aliases.AddRange(a.Aliases);
        proto.IpRanges.AddRange(a.IpRanges);
        if (ValueMapping.FromDate(a.ChurnedOn) is { } churnedOn)
        {
            proto.ChurnedOn = churnedOn;
        }

        if (a.OwnerId is not null)
        {
            proto.OwnerId = a.OwnerId;
        }

        if (a.StrategicOwnerId is not null)
        {
            proto.StrategicOwnerId = a.StrategicOwnerId;
        }

        if (a.NamedAccountOwnerId is not null)
        {
            proto.NamedAccountOwnerId = a.NamedAccountOwnerId;
        }

        if (a.PartnerManagerId is not null)
        {
            proto.PartnerManagerId = a.PartnerManagerId;
        }

        if (ValueMapping.ToDouble(a.ContractValue) is { } value)
        {
            proto.ContractValue = value;
        }

        if (a.AccountManagerId is not null)
        {
            proto.AccountManagerId = a.AccountManagerId;
        }

        if (a.ParentAccountId is not null)
        {
            proto.ParentAccountId = a.ParentAccountId;
        }

        if (a.EmployeeCount is { } employees)
        {
            proto.EmployeeCount = employees;
        }

        if (a.Industry is not null)
        {
            proto.Industry = a.Industry;
        }

        if (a.Country is not null)
        {
            proto.Country = a.Country;
        }

        return proto;
    }
}
