using System.Text.Json.Serialization;

namespace RoutingRules.Domain.Model;

public sealed record Account
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>Registrable domains owned by the company (acmecorp.com, acme.com...).</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Other names the company goes by (IBM for International Business Machines).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Office networks in CIDR notation (203.0.113.0/24, 2001:db8::/48). A lead's IP address in one
    /// is a supplementary signal only: it corroborates a name match, never matches on its own.
    /// </summary>
    public IReadOnlyList<string> IpRanges { get; init; } = [];

    public AccountStatus Status { get; init; } = AccountStatus.Prospect;
    public DateOnly? ChurnedOn { get; init; }
    public string? OwnerId { get; init; }

    /// <summary>
    /// Created by routing after repeated leads of an unknown corporate domain (DOMAIN.md section 3),
    /// owned by the first of those leads' rep: later leads of its domains follow that owner, although
    /// the account is neither a customer nor a named account. Written to JSON only when set, so
    /// datasets of accounts entered by people are unchanged.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AutoCreated { get; init; }
    public bool Strategic { get; init; }
    public string? StrategicOwnerId { get; init; }
    public string? NamedAccountOwnerId { get; init; }
    public bool Competitor { get; init; }
    public string? PartnerManagerId { get; init; }

    /// <summary>
    /// Who sourced the account, read when it has a partner manager: the partner (the default: every
    /// lead goes to the partner manager) or we did, with the partner involved (leads take their usual
    /// route and the partner manager is told). Written to JSON only when direct, so the exports of
    /// accounts without such a partner are unchanged.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public PartnerSourcing PartnerSourcing { get; init; }

    /// <summary>Annual contract value in EUR.</summary>
    public decimal? ContractValue { get; init; }

    public string? AccountManagerId { get; init; }
    public string? ParentAccountId { get; init; }
    public int? EmployeeCount { get; init; }
    public string? Industry { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
}
