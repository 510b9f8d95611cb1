namespace RoutingRules.Domain.Routing;

/// <summary>
/// An incoming lead (DOMAIN.md §1). Every field may be missing: routing never depends on one
/// being present. Numbers are nullable so that "unknown" stays distinct from zero.
/// </summary>
public sealed record Lead
{
    public required string Id { get; init; }
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Title { get; init; }
    public ContactLevel ContactLevel { get; init; } = ContactLevel.Unknown;

    /// <summary>Business function of the contact (e.g. "finance", "marketing"); drives enterprise specialist routing.</summary>
    public string? ContactDepartment { get; init; }

    public string? CompanyName { get; init; }

    /// <summary>Company website or domain as given by the form (e.g. "www.acme.com").</summary>
    public string? Website { get; init; }

    public string? IpAddress { get; init; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string? Country { get; init; }

    public string? Region { get; init; }

    /// <summary>French "département" code ("75", "2A") or a state code.</summary>
    public string? Department { get; init; }

    public string? City { get; init; }
    public string? PostalCode { get; init; }
    public string? Industry { get; init; }
    public IReadOnlyList<string> SecondaryIndustries { get; init; } = [];
    public int? EmployeeCount { get; init; }

    /// <summary>Annual revenue in EUR.</summary>
    public decimal? AnnualRevenue { get; init; }

    /// <summary>Estimated deal value in EUR.</summary>
    public decimal? EstimatedDealValue { get; init; }

    /// <summary>Lead score, 0..100.</summary>
    public int? Score { get; init; }

    public LeadSource Source { get; init; } = LeadSource.Unknown;

    /// <summary>For referrals: an email or domain of the referrer, used to find the referrer's account.</summary>
    public string? Referrer { get; init; }

    public string? ProductInterest { get; init; }

    /// <summary>True when the lead asks for a product the customer does not have yet (cross-sell).</summary>
    public bool NewProductRequest { get; init; }

    /// <summary>ISO 639-1 code, e.g. "fr".</summary>
    public string? PreferredLanguage { get; init; }

    /// <summary>IANA time zone id of the contact.</summary>
    public string? TimeZone { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }
    public IReadOnlyList<IntentSignal> IntentSignals { get; init; } = [];
}
