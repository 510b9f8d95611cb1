using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// A lead completed from the account it matched (policy <c>territories.fillFromMatchedAccount</c>):
/// the employee count, primary industry and country it lacks, taken from the account. A value the
/// lead gives is never replaced; a blank text counts as none, as the fit and territories read it.
/// </summary>
internal static class AccountFill
{
    /// <summary>The fields the lead lacks that the account has.</summary>
    public static LeadFields Fillable(Lead lead, Account account)
    {
        var fields = LeadFields.None;
        if (lead.EmployeeCount is null && account.EmployeeCount is not null)
        {
            fields |= LeadFields.EmployeeCount;
        }

        if (Lacks(lead.Industry, account.Industry))
        {
            fields |= LeadFields.Industry;
        }

        if (Lacks(lead.Country, account.Country))
        {
            fields |= LeadFields.Country;
        }

        return fields;
    }

    /// <summary>A copy of <paramref name="lead"/> with <paramref name="fields"/> taken from <paramref name="account"/>.</summary>
    public static Lead Apply(Lead lead, Account account, LeadFields fields) => lead with
    {
        EmployeeCount = (fields & LeadFields.EmployeeCount) != 0 ? account.EmployeeCount : lead.EmployeeCount,
        Industry = (fields & LeadFields.Industry) != 0 ? account.Industry : lead.Industry,
        Country = (fields & LeadFields.Country) != 0 ? account.Country : lead.Country,
    };

    private static bool Lacks(string? own, string? account) => string.IsNullOrWhiteSpace(own) && !string.IsNullOrWhiteSpace(account);
}
