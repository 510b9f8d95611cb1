namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The fields of a lead that routing takes from the account it matched when the lead gives none
/// (policy <c>territories.fillFromMatchedAccount</c>); as flags, those it took.
/// </summary>
[Flags]
public enum LeadFields
{
    None = 0,

    /// <summary>The company's employee count: the segment and the size criterion of the fit.</summary>
    EmployeeCount = 1,

    /// <summary>The primary industry: vertical territories and the industry criterion of the fit.</summary>
    Industry = 2,

    /// <summary>The country (ISO 3166-1 alpha-2): geographic territories.</summary>
    Country = 4,
}
