using Google.Protobuf.Collections;
using RoutingRules.Domain.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>
/// Proto lead to domain lead; call after <see cref="LeadRequestValidator"/> accepted the request. A
/// lead source also goes back, for the routing health's conversion by source.
/// </summary>
internal static class LeadMapping
{
    public static Lead ToDomain(Proto.Lead lead) => new()
    {
        Id = lead.Id.Trim(),
        Email = Text(lead.HasEmail, lead.Email),
        FirstName = Text(lead.HasFirstName, lead.FirstName),
        LastName = Text(lead.HasLastName, lead.LastName),
        Title = Text(lead.HasTitle, lead.Title),
        ContactLevel = ToDomain(lead.ContactLevel),
        ContactDepartment = Text(lead.HasContactDepartment, lead.ContactDepartment),
        CompanyName = Text(lead.HasCompanyName, lead.CompanyName),
        Website = Text(lead.HasWebsite, lead.Website),
        IpAddress = Text(lead.HasIpAddress, lead.IpAddress),
        Country = Text(lead.HasCountry, lead.Country)?.ToUpperInvariant(),
        Region = Text(lead.HasRegion, lead.Region),
        Department = Text(lead.HasDepartment, lead.Department),
        City = Text(lead.HasCity, lead.City),
        PostalCode = Text(lead.HasPostalCode, lead.PostalCode),
        Industry = Text(lead.HasIndustry, lead.Industry),
        SecondaryIndustries = SecondaryIndustries(lead.SecondaryIndustries),
        EmployeeCount = lead.HasEmployeeCount ? lead.EmployeeCount : null,
        AnnualRevenue = lead.HasAnnualRevenue ? (decimal)lead.AnnualRevenue : null,
        EstimatedDealValue = lead.HasEstimatedDealValue ? (decimal)lead.EstimatedDealValue : null,
        Score = lead.HasScore ? lead.Score : null,
        Source = ToDomain(lead.Source),
        Referrer = Text(lead.HasReferrer, lead.Referrer),
        ProductInterest = Text(lead.HasProductInterest, lead.ProductInterest),
        NewProductRequest = lead.NewProductRequest,
        PreferredLanguage = Text(lead.HasPreferredLanguage, lead.PreferredLanguage)?.ToLowerInvariant(),
        TimeZone = Text(lead.HasTimeZone, lead.TimeZone),
        SubmittedAt = lead.SubmittedAt?.ToDateTimeOffset(),
        IntentSignals = IntentSignals(lead.IntentSignals),
    };

    // Index loops rather than LINQ: every RouteLead maps its lead, and the iterators, the set and
    // the lists LINQ made for two short (often empty) lists were a few hundred bytes per call.
    private static IReadOnlyList<string> SecondaryIndustries(RepeatedField<string> industries)
    {
        List<string>? kept = null;
        for (var i = 0; i < industries.Count; i++)
        {
            var industry = industries[i];
            if (!string.IsNullOrWhiteSpace(industry))
            {
                (kept ??= new List<string>(industries.Count)).Add(industry.Trim());
            }
        }

        return kept ?? (IReadOnlyList<string>)[];
    }

    /// <summary>
    /// Known signals in the order sent, repeats kept: a content download sent twice is "several
    /// content downloads", medium intent (DOMAIN.md §5), where once is low.
    /// </summary>
    private static IReadOnlyList<IntentSignal> IntentSignals(RepeatedField<Proto.IntentSignal> signals)
    {
        List<IntentSignal>? kept = null;
        for (var i = 0; i < signals.Count; i++)
        {
            if (signals[i] != Proto.IntentSignal.Unspecified)
            {
                (kept ??= new List<IntentSignal>(signals.Count)).Add(ToDomain(signals[i]));
            }
        }

        return kept ?? (IReadOnlyList<IntentSignal>)[];
    }

    /// <summary>Empty strings count as missing: proto3 clients often send "" for "not known".</summary>
    private static string? Text(bool present, string value) => present && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static ContactLevel ToDomain(Proto.ContactLevel level) => level switch
    {
        Proto.ContactLevel.CLevel => ContactLevel.CLevel,
        Proto.ContactLevel.VicePresident => ContactLevel.VicePresident,
        Proto.ContactLevel.Director => ContactLevel.Director,
        Proto.ContactLevel.Manager => ContactLevel.Manager,
        Proto.ContactLevel.IndividualContributor => ContactLevel.IndividualContributor,
        _ => ContactLevel.Unknown,
    };

    internal static Proto.LeadSource ToProto(LeadSource source) => source switch
    {
        LeadSource.Referral => Proto.LeadSource.Referral,
        LeadSource.PaidSearch => Proto.LeadSource.PaidSearch,
        LeadSource.Organic => Proto.LeadSource.Organic,
        LeadSource.Event => Proto.LeadSource.Event,
        LeadSource.OutboundReply => Proto.LeadSource.OutboundReply,
        LeadSource.Chat => Proto.LeadSource.Chat,
        LeadSource.Partner => Proto.LeadSource.Partner,
        LeadSource.Other => Proto.LeadSource.Other,
        _ => Proto.LeadSource.Unspecified,
    };

    private static LeadSource ToDomain(Proto.LeadSource source) => source switch
    {
        Proto.LeadSource.Referral => LeadSource.Referral,
        Proto.LeadSource.PaidSearch => LeadSource.PaidSearch,
        Proto.LeadSource.Organic => LeadSource.Organic,
        Proto.LeadSource.Event => LeadSource.Event,
        Proto.LeadSource.OutboundReply => LeadSource.OutboundReply,
        Proto.LeadSource.Chat => LeadSource.Chat,
        Proto.LeadSource.Partner => LeadSource.Partner,
        Proto.LeadSource.Other => LeadSource.Other,
        _ => LeadSource.Unknown,
    };

    private static IntentSignal ToDomain(Proto.IntentSignal signal) => signal switch
    {
        Proto.IntentSignal.DemoRequest => IntentSignal.DemoRequest,
        Proto.IntentSignal.PricingPageVisit => IntentSignal.PricingPageVisit,
        Proto.IntentSignal.ContactSalesForm => IntentSignal.ContactSalesForm,
        Proto.IntentSignal.OutboundReply => IntentSignal.OutboundReply,
        Proto.IntentSignal.ContentDownload => IntentSignal.ContentDownload,
        Proto.IntentSignal.WebinarAttendance => IntentSignal.WebinarAttendance,
        Proto.IntentSignal.CaseStudyEngagement => IntentSignal.CaseStudyEngagement,
        Proto.IntentSignal.NewsletterSignup => IntentSignal.NewsletterSignup,
        Proto.IntentSignal.EventBadgeScan => IntentSignal.EventBadgeScan,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown intent signal."),
    };
}
