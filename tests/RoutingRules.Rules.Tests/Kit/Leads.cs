using RoutingRules.Domain.Routing;

namespace RoutingRules.Rules.Tests.Kit;

/// <summary>Short-hands for leads: most scenarios need an e-mail and a place.</summary>
public static class Leads
{
    private static int s_next;

    public static Lead From(string email, string? company = null) => new()
    {
        Id = "lead-" + Interlocked.Increment(ref s_next),
        Email = email,
        CompanyName = company,
        TimeZone = "Europe/Paris",
        PreferredLanguage = "fr",
    };

    /// <summary>A lead from a French company at the given place (département, region, city, postal code).</summary>
    public static Lead InFrance(string email, string? department = null, string? region = null, string? city = null, string? postal = null) =>
        From(email) with { Country = "FR", Department = department, Region = region, City = city, PostalCode = postal };

    public static Lead InParis(string email) => InFrance(email, "75", "Ile-de-France", "Paris", "75008");
}
