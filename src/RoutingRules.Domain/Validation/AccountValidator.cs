using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Validation;

internal static class AccountValidator
{
    public static void Validate(
        IReadOnlyList<Account> accounts, IReadOnlySet<string> repIds, IReadOnlySet<string> accountIds, ErrorSink sink)
    {
        var domainOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var a in accounts)
        {
            sink.For("Account", a.Id);
            sink.Required("name", a.Name);
            sink.Text("name", a.Name);
            sink.Texts("aliases", a.Aliases);
            sink.Text("industry", a.Industry);
            sink.Reference("ownerId", a.OwnerId, repIds, "rep");
            sink.Reference("strategicOwnerId", a.StrategicOwnerId, repIds, "rep");
            sink.Reference("namedAccountOwnerId", a.NamedAccountOwnerId, repIds, "rep");
            sink.Reference("partnerManagerId", a.PartnerManagerId, repIds, "rep");
            sink.Reference("accountManagerId", a.AccountManagerId, repIds, "rep");
            sink.Reference("parentAccountId", a.ParentAccountId, accountIds, "account");
            sink.Country("country", a.Country);
            sink.NotNegativeAmount("contractValue", a.ContractValue);
            sink.NotNegative("employeeCount", a.EmployeeCount ?? 0);
            if (a.Strategic && a.StrategicOwnerId is null && a.OwnerId is null)
            {
                sink.Add("strategicOwnerId", "a strategic account needs a strategic owner or an owner");
            }

            // JSON and CSV read numbers too: one that names no sourcing is refused, not taken for the partner's.
            if (!Enum.IsDefined(a.PartnerSourcing))
            {
                sink.Add("partnerSourcing", $"{(int)a.PartnerSourcing} is not a partner sourcing (Partner or Direct)");
            }

            if (a.Status == AccountStatus.Churned && a.ChurnedOn is null)
            {
                sink.Add("churnedOn", "is required for a churned account");
            }

            for (var i = 0; i < a.Domains.Count; i++)
            {
                var host = a.Domains[i].Length > TextLimits.MaxText ? null : DomainNames.NormalizeHost(a.Domains[i]);
                if (host is null)
                {
                    sink.Add($"domains[{i}]", $"{TextLimits.Quote(a.Domains[i])} is not a domain name");
                }
                else if (!domainOwner.TryAdd(host, a.Id) && domainOwner[host] != a.Id)
                {
                    sink.Add($"domains[{i}]", $"'{host}' is already claimed by account '{domainOwner[host]}'");
                }
            }

            for (var i = 0; i < a.IpRanges.Count; i++)
            {
                if (!IpNetworkRange.TryParse(a.IpRanges[i], out _, out var problem))
                {
                    sink.Add($"ipRanges[{i}]", $"{TextLimits.Quote(a.IpRanges[i])}: {problem}");
                }
            }

            if (!string.IsNullOrEmpty(a.Id))
            {
                parentOf.TryAdd(a.Id, a.ParentAccountId);
            }
        }

        foreach (var id in DatasetValidator.OnCycles(parentOf))
        {
            sink.For("Account", id);
            sink.Add("parentAccountId", "is part of a cycle of parent accounts");
        }
    }
}
