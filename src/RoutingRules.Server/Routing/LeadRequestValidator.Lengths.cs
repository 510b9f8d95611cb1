using RoutingRules.Domain.Validation;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>The length limits of a lead's texts and lists.</summary>
internal static partial class LeadRequestValidator
{
    // Text no form sends (TextLimits says why); an unknown domain would also be kept in its sightings.
    internal const int MaxIdLength = TextLimits.MaxText;
    internal const int MaxEmailLength = TextLimits.MaxEmail;
    internal const int MaxWebsiteLength = 2048;
    internal const int MaxTextLength = TextLimits.MaxText;
    internal const int MaxListEntries = 32;

    private static void CheckLengths(List<(string Field, string Description)> errors, Proto.Lead lead)
    {
        MaxLength(errors, "lead.website", lead.HasWebsite, lead.Website, MaxWebsiteLength);
        MaxLength(errors, "lead.first_name", lead.HasFirstName, lead.FirstName, MaxTextLength);
        MaxLength(errors, "lead.last_name", lead.HasLastName, lead.LastName, MaxTextLength);
        MaxLength(errors, "lead.title", lead.HasTitle, lead.Title, MaxTextLength);
        MaxLength(errors, "lead.contact_department", lead.HasContactDepartment, lead.ContactDepartment, MaxTextLength);
        MaxLength(errors, "lead.company_name", lead.HasCompanyName, lead.CompanyName, MaxTextLength);
        MaxLength(errors, "lead.region", lead.HasRegion, lead.Region, MaxTextLength);
        MaxLength(errors, "lead.department", lead.HasDepartment, lead.Department, MaxTextLength);
        MaxLength(errors, "lead.city", lead.HasCity, lead.City, MaxTextLength);
        MaxLength(errors, "lead.postal_code", lead.HasPostalCode, lead.PostalCode, MaxTextLength);
        MaxLength(errors, "lead.industry", lead.HasIndustry, lead.Industry, MaxTextLength);
        MaxLength(errors, "lead.referrer", lead.HasReferrer, lead.Referrer, MaxTextLength);
        MaxLength(errors, "lead.product_interest", lead.HasProductInterest, lead.ProductInterest, MaxTextLength);
        // preferred_language has none: anything but a two-letter code is refused as such.
        if (lead.SecondaryIndustries.Count > MaxListEntries)
        {
            errors.Add(("lead.secondary_industries", $"must have at most {MaxListEntries} entries (it has {lead.SecondaryIndustries.Count})"));
        }
        else
        {
            for (var i = 0; i < lead.SecondaryIndustries.Count; i++)
            {
                MaxLength(errors, $"lead.secondary_industries[{i}]", true, lead.SecondaryIndustries[i], MaxTextLength);
            }
        }

        if (lead.IntentSignals.Count > MaxListEntries)
        {
            errors.Add(("lead.intent_signals", $"must have at most {MaxListEntries} entries (it has {lead.IntentSignals.Count})"));
        }
    }

    private static void MaxLength(List<(string Field, string Description)> errors, string field, bool present, string value, int max)
    {
        if (present && value.Length > max)
        {
            errors.Add((field, TextLimits.TooLong(max, value.Length)));
        }
    }

    private static string Quote(string value) => TextLimits.Quote(value);
}
