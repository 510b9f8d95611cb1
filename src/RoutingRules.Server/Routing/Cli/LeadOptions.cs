using System.CommandLine;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>
/// The options of <c>route</c> that describe the lead, one per field of the <c>Lead</c> message a
/// person at a terminal can give, in the order <c>route --help</c> lists them, and the lead they make.
/// </summary>
internal sealed class LeadOptions
{
    private readonly Option<string?> _id = new("--id") { Description = "Lead id (default: a new random id, so every run routes a new lead)." };

    // Texts sent as given; an empty one is left unset, as the server reads "" as unknown anyway.
    private readonly (Option<string?> Option, Action<Proto.Lead, string> Set)[] _contactTexts =
    [
        (Text("--email", "Contact e-mail."), (l, v) => l.Email = v),
        (Text("--first-name", "Contact first name."), (l, v) => l.FirstName = v),
        (Text("--last-name", "Contact last name."), (l, v) => l.LastName = v),
        (Text("--title", "Job title, e.g. \"VP Marketing\" (read for seniority when --contact-level is not given)."), (l, v) => l.Title = v),
        (Text("--contact-department", "Business function of the contact, e.g. finance or marketing: at an enterprise account, the rep who specialises in it gets the lead. Not the French departement (--department)."),
            (l, v) => l.ContactDepartment = v),
        (Text("--company", "Company name."), (l, v) => l.CompanyName = v),
        (Text("--website", "Company website or domain."), (l, v) => l.Website = v),
        (Text("--ip", "IP address the lead came from (checked against the accounts' office networks)."), (l, v) => l.IpAddress = v),
        (Text("--country", "ISO 3166-1 alpha-2 country code, e.g. FR."), (l, v) => l.Country = v),
        (Text("--region", "Region or state, e.g. Ile-de-France."), (l, v) => l.Region = v),
        (Text("--department", "French departement or state code, e.g. 75."), (l, v) => l.Department = v),
        (Text("--city", "City."), (l, v) => l.City = v),
        (Text("--postal-code", "Postal code."), (l, v) => l.PostalCode = v),
        (Text("--time-zone", "IANA time zone of the contact, e.g. Europe/Paris."), (l, v) => l.TimeZone = v),
        (Text("--language", "Preferred language, ISO 639-1, e.g. fr (English when unset)."), (l, v) => l.PreferredLanguage = v),
        (Text("--industry", "Primary industry."), (l, v) => l.Industry = v),
    ];

    private readonly (Option<string?> Option, Action<Proto.Lead, string> Set)[] _interestTexts =
    [
        (Text("--referrer", "For a referral (--source referral): e-mail or domain of the referrer; the owner of the referrer's account gets the lead."),
            (l, v) => l.Referrer = v),
        (Text("--product-interest", "Product the lead is interested in."), (l, v) => l.ProductInterest = v),
    ];

    private readonly Option<string[]> _secondaryIndustries = CliOptions.CommaSeparated(
        "--secondary-industries", "Secondary industries, comma-separated, most relevant first, e.g. pharma,retail (territories fall back on them when the primary industry matches none).");

    private readonly Option<int?> _employees = CliOptions.WholeNumber("--employees", "Employee count.");
    private readonly Option<double?> _annualRevenue = CliOptions.Amount("--annual-revenue", "Annual revenue in EUR.");
    private readonly Option<int?> _score = CliOptions.WholeNumber("--score", "Lead score, 0..100.");
    private readonly Option<int?> _dealValue = CliOptions.WholeNumber("--deal-value", "Estimated deal value in EUR.");
    private readonly Option<Proto.ContactLevel[]> _contactLevel = CliOptions.ProtoEnum<Proto.ContactLevel>("--contact-level", "Seniority of the contact.");
    private readonly Option<Proto.LeadSource[]> _source = CliOptions.ProtoEnum<Proto.LeadSource>("--source", "Where the lead came from.");
    private readonly Option<Proto.IntentSignal[]> _signals = CliOptions.ProtoEnum<Proto.IntentSignal>("--signal", "An intent signal; repeat the option for several.", multiple: true);
    private readonly Option<bool> _demo = new("--demo-request") { Description = "The lead asked for a demo (high intent); the same as --signal demo-request." };

    private readonly Option<bool> _newProduct = new("--new-product-request")
    {
        Description = "The lead asks for a product its company does not have yet: at a customer with an account manager, the sales owner then gets it (cross-sell).",
    };

    private readonly Option<DateTimeOffset?> _submittedAt = CliOptions.Instant(
        "--submitted-at",
        "When the lead was submitted, ISO 8601 (e.g. 2026-11-24T09:50:00Z); the SLA counts from it. The server refuses one before 2000 or more than a day ahead of its clock.");

    public IEnumerable<Option> All =>
    [
        _id, .. _contactTexts.Select(t => t.Option), _secondaryIndustries, _employees, _annualRevenue, _score, _dealValue,
        _contactLevel, _source, .. _interestTexts.Select(t => t.Option), _newProduct, _signals, _demo, _submittedAt,
    ];

    public Proto.Lead ToLead(ParseResult result)
    {
        var lead = new Proto.Lead { Id = result.GetValue(_id) ?? "cli-" + Guid.NewGuid().ToString("N")[..12] };
        foreach (var (option, set) in _contactTexts.Concat(_interestTexts))
        {
            if (result.GetValue(option) is { Length: > 0 } value)
            {
                set(lead, value);
            }
        }

        lead.SecondaryIndustries.AddRange(result.GetValue(_secondaryIndustries)!);
        SetNumbers(result, lead);
        if (result.GetValue(_contactLevel) is [var level])
        {
            lead.ContactLevel = level;
        }

        if (result.GetValue(_source) is [var from])
        {
            lead.Source = from;
        }

        lead.IntentSignals.AddRange(result.GetValue(_signals)!);
        if (result.GetValue(_demo) && !lead.IntentSignals.Contains(Proto.IntentSignal.DemoRequest))
        {
            lead.IntentSignals.Add(Proto.IntentSignal.DemoRequest);
        }

        lead.NewProductRequest = result.GetValue(_newProduct);
        if (result.GetValue(_submittedAt) is { } submitted)
        {
            lead.SubmittedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(submitted);
        }

        return lead;
    }

    private void SetNumbers(ParseResult result, Proto.Lead lead)
    {
        if (result.GetValue(_employees) is { } employees)
        {
            lead.EmployeeCount = employees;
        }

        if (result.GetValue(_annualRevenue) is { } revenue)
        {
            lead.AnnualRevenue = revenue;
        }

        if (result.GetValue(_score) is { } score)
        {
            lead.Score = score;
        }

        if (result.GetValue(_dealValue) is { } deal)
        {
            lead.EstimatedDealValue = deal;
        }
    }

    private static Option<string?> Text(string name, string description) => new(name) { Description = description };
}
