using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>An account created from repeated leads of an unknown corporate domain.</summary>
public sealed class CreatedAccount(Account account)
{
    public Account Account { get; } = account;

    /// <summary>The account for <paramref name="sighting"/>, owned by the first lead's owner.</summary>
    public static CreatedAccount ForDomain(UnknownDomainSighting sighting, LeadProfile profile) => new(new Account
    {
        Id = "auto-" + sighting.Domain,
        Name = string.IsNullOrWhiteSpace(profile.Lead.CompanyName) ? sighting.Domain : profile.Lead.CompanyName,
        Domains = [sighting.Domain],
        OwnerId = sighting.FirstOwnerId,
        AutoCreated = true,
        EmployeeCount = profile.Lead.EmployeeCount,
        Industry = profile.Lead.Industry,
        Country = profile.Lead.Country,
    });

    public override string ToString() => $"created account {Account.Id} owned by {Account.OwnerId ?? "nobody"}";
}
