using System.Globalization;
using System.Net.Mail;
using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Validation;
using RoutingRules.Grpc;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>
/// Checks a RouteLead request before anything is routed or written; every violation names its
/// field (<c>lead.email</c>...) so one INVALID_ARGUMENT reports them all.
/// </summary>
internal static partial class LeadRequestValidator
{
    // The status message names the first violations; the BadRequest details carry every one.
    private const int ViolationsInMessage = 3;

    /// <param name="now">The server's clock: a submission time is refused when implausible against it (<see cref="PlausibleInstant"/>).</param>
    public static List<(string Field, string Description)> Validate(Proto.RouteLeadRequest request, DateTimeOffset now)
    {
        var errors = new List<(string Field, string Description)>();
        if (request.HasIdempotencyKey && request.IdempotencyKey.Length > MaxIdLength)
        {
            errors.Add(("idempotency_key", TextLimits.TooLong(MaxIdLength, request.IdempotencyKey.Length)));
        }

        if (request.Lead is not { } lead)
        {
            errors.Add(("lead", "is required"));
            return errors;
        }

        if (string.IsNullOrWhiteSpace(lead.Id))
        {
            errors.Add(("lead.id", "is required"));
        }
        else if (lead.Id.Length > MaxIdLength)
        {
            errors.Add(("lead.id", TextLimits.TooLong(MaxIdLength, lead.Id.Length)));
        }

        if (Blank(lead.HasEmail, lead.Email) && Blank(lead.HasCompanyName, lead.CompanyName) && Blank(lead.HasWebsite, lead.Website))
        {
            errors.Add(("lead.email", "at least one of email, company_name or website is required"));
        }
        else if (lead.HasEmail && lead.Email.Length > MaxEmailLength)
        {
            errors.Add(("lead.email", TextLimits.TooLong(MaxEmailLength, lead.Email.Length)));
        }
        else if (lead.HasEmail && !IsEmail(lead.Email))
        {
            errors.Add(("lead.email", $"{Quote(lead.Email)} is not a valid e-mail address"));
        }

        if (lead.HasCountry && !CountryCodes.IsValid(lead.Country.Trim().ToUpperInvariant()))
        {
            errors.Add(("lead.country", $"{Quote(lead.Country)} is not an ISO 3166-1 alpha-2 country code"));
        }

        if (lead.HasIpAddress && !string.IsNullOrWhiteSpace(lead.IpAddress) && !IpAddressValue.TryParse(lead.IpAddress.Trim(), out _))
        {
            errors.Add(("lead.ip_address", $"{Quote(lead.IpAddress)} is not an IPv4 (dotted quad) or IPv6 address"));
        }

        if (lead.HasPreferredLanguage && !string.IsNullOrWhiteSpace(lead.PreferredLanguage) && !LanguageCodes.IsValid(lead.PreferredLanguage.Trim().ToLowerInvariant()))
        {
            errors.Add(("lead.preferred_language", $"{Quote(lead.PreferredLanguage)} is not an ISO 639-1 (two-letter) language code"));
        }

        if (lead.HasTimeZone && !TimeZones.IsValid(lead.TimeZone))
        {
            errors.Add(("lead.time_zone", $"{Quote(lead.TimeZone)} is not a known IANA time zone"));
        }

        CheckLengths(errors, lead);

        NonNegative(errors, "lead.employee_count", lead.HasEmployeeCount, lead.EmployeeCount);
        NonNegativeAmount(errors, "lead.annual_revenue", lead.HasAnnualRevenue, lead.AnnualRevenue);
        NonNegativeAmount(errors, "lead.estimated_deal_value", lead.HasEstimatedDealValue, lead.EstimatedDealValue);
        if (lead.HasScore && lead.Score is < 0 or > 100)
        {
            errors.Add(("lead.score", $"{lead.Score} is outside 0..100"));
        }

        if (lead.SubmittedAt is { } submitted)
        {
            CheckSubmittedAt(errors, submitted, now);
        }

        CheckEnums(errors, lead);
        return errors;
    }

    /// <summary>
    /// The INVALID_ARGUMENT for <paramref name="errors"/> (not empty): every violation in the
    /// <c>google.rpc.BadRequest</c> details, and the first few in the message, each as
    /// "field: description", so a log line or a CLI that shows only the message still says what to fix.
    /// </summary>
    public static GrpcStatusException Invalid(IReadOnlyList<(string Field, string Description)> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        var listed = string.Join("; ", errors.Take(ViolationsInMessage).Select(e => $"{e.Field}: {e.Description}"));
        var more = errors.Count - ViolationsInMessage;
        var message = more > 0
            ? $"Invalid request: {listed}; and {more} more (every one is in the BadRequest details)."
            : $"Invalid request: {listed}.";
        return GrpcStatusException.InvalidArgument(message, [.. errors]);
    }

    private static void CheckSubmittedAt(List<(string Field, string Description)> errors, Google.Protobuf.WellKnownTypes.Timestamp submitted, DateTimeOffset now)
    {
        if (submitted.Nanos is < 0 or > 999_999_999 || submitted.Seconds is < -62_135_596_800 or > 253_402_300_799)
        {
            errors.Add(("lead.submitted_at", "is not a valid timestamp"));
        }
        else if (PlausibleInstant.Refusal(submitted.ToDateTimeOffset(), now) is { } refusal)
        {
            errors.Add(("lead.submitted_at", refusal));
        }
    }

    private static void CheckEnums(List<(string Field, string Description)> errors, Proto.Lead lead)
    {
        if (!Enum.IsDefined(lead.ContactLevel))
        {
            errors.Add(("lead.contact_level", $"{(int)lead.ContactLevel} is not a known contact level"));
        }

        if (!Enum.IsDefined(lead.Source))
        {
            errors.Add(("lead.source", $"{(int)lead.Source} is not a known lead source"));
        }

        // A list over its length limit is reported as such (CheckLengths), not entry by entry.
        for (var i = 0; i < lead.IntentSignals.Count && lead.IntentSignals.Count <= MaxListEntries; i++)
        {
            if (!Enum.IsDefined(lead.IntentSignals[i]))
            {
                errors.Add(($"lead.intent_signals[{i}]", $"{(int)lead.IntentSignals[i]} is not a known intent signal"));
            }
        }
    }

    private static bool Blank(bool present, string value) => !present || string.IsNullOrWhiteSpace(value);

    /// <summary>One address, nothing else: a display name or a dot-less domain is not what a form sends.</summary>
    private static bool IsEmail(string value)
    {
        var trimmed = value.Trim();
        return MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.StartsWith('.')
            && !address.Host.EndsWith('.');
    }

    private static void NonNegative(List<(string Field, string Description)> errors, string field, bool present, double value)
    {
        if (present && (!double.IsFinite(value) || value < 0))
        {
            // The value last: "NaN must be..." read as if the field were named NaN.
            errors.Add((field, $"must be a finite, non-negative number (got {value.ToString(CultureInfo.InvariantCulture)})"));
        }
    }

    // Amounts become decimals (LeadMapping): a finite value past what one holds would fail there, after validation.
    private static void NonNegativeAmount(List<(string Field, string Description)> errors, string field, bool present, double value)
    {
        if (present && value >= 0 && double.IsFinite(value) && !ValueMapping.IsAmount(value))
        {
            errors.Add((field, $"is not a representable amount (got {value.ToString(CultureInfo.InvariantCulture)})"));
            return;
        }

        NonNegative(errors, field, present, value);
    }
}
