using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// The hosts of a lead's e-mail and website, normalised once per lead, with free-mail ones set
/// apart: a free-mail domain names the contact's mailbox provider, never their company, so it is
/// never looked up (DOMAIN.md §3). A struct, as routing builds one for every lead.
/// </summary>
internal readonly struct LeadHosts
{
    private LeadHosts(string? corporateEmail, string? corporateWebsite, string? freeMail)
    {
        CorporateEmail = corporateEmail;
        CorporateWebsite = corporateWebsite;
        FreeMail = freeMail;
    }

    /// <summary>The host of the e-mail address unless it is free mail.</summary>
    public string? CorporateEmail { get; }

    /// <summary>The host of the website unless it is free mail.</summary>
    public string? CorporateWebsite { get; }

    /// <summary>A free-mail host the lead gave, the e-mail's first; what explains why nothing matched its domain.</summary>
    public string? FreeMail { get; }

    /// <summary>The host that names the lead's company: the e-mail's, the more reliable, else the website's.</summary>
    public string? Company => CorporateEmail ?? CorporateWebsite;

    /// <summary>The lead gave a domain, and only free-mail ones.</summary>
    public bool OnlyFreeMail => Company is null && FreeMail is not null;

    public static LeadHosts Of(Lead lead, FreeMailDomains freeMail)
    {
        var email = DomainNames.FromEmail(lead.Email);
        var website = DomainNames.NormalizeHost(lead.Website);
        var emailIsFree = email is not null && freeMail.IsFreeMail(email);
        var websiteIsFree = website is not null && freeMail.IsFreeMail(website);
        return new LeadHosts(
            emailIsFree ? null : email,
            websiteIsFree ? null : website,
            emailIsFree ? email : websiteIsFree ? website : null);
    }
}
