using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>An account created from repeated leads of an unknown corporate domain.</summary>
public sealed class CreatedAccount(Account account)
{
    public Account Account { get; } = account;

    /// <summary>"account X created after repeated leads of x.io", and when no rep received one of them, that it has no owner.</summary>
    public string Reason => Account.OwnerId is null
        ? $"account {Account.Name} created after repeated leads of {Account.Domains[0]}, without an owner: none of them went to a rep"
        : $"account {Account.Name} created after repeated leads of {Account.Domains[0]}";

    /// <summary>
    /// The account for <paramref name="sighting"/>, owned by the first rep who received one of its
    /// leads; without an owner (a prospect nobody owns yet) when none did.
    /// </summary>
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
