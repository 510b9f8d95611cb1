using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

public sealed class LeadRequestValidatorTests
{
    // The server's clock in these tests: half an hour after ValidRequest's submission.
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> InvalidFields() => new()
    {
        { "no-id", "lead.id" },
        { "blank-id", "lead.id" },
        { "no-contact", "lead.email" },
        { "bad-email", "lead.email" },
        { "email-display-name", "lead.email" },
        { "email-no-dot", "lead.email" },
        { "country-three-letters", "lead.country" },
        { "country-unknown", "lead.country" },
        { "time-zone", "lead.time_zone" },
        { "language-word", "lead.preferred_language" },
        { "language-three-letters", "lead.preferred_language" },
        { "language-unknown", "lead.preferred_language" },
        { "language-digits", "lead.preferred_language" },
        { "language-long", "lead.preferred_language" },
        { "ip-not-an-address", "lead.ip_address" },
        { "ip-short-form", "lead.ip_address" },
        { "ip-leading-zero", "lead.ip_address" },
        { "ip-cidr", "lead.ip_address" },
        { "employees-negative", "lead.employee_count" },
        { "revenue-negative", "lead.annual_revenue" },
        { "revenue-nan", "lead.annual_revenue" },
        { "revenue-infinite", "lead.annual_revenue" },
        { "deal-nan", "lead.estimated_deal_value" },
        { "deal-negative", "lead.estimated_deal_value" },
        { "score-high", "lead.score" },
        { "score-negative", "lead.score" },
        { "contact-level", "lead.contact_level" },
        { "source", "lead.source" },
        { "intent", "lead.intent_signals[4]" },
        { "submitted-at", "lead.submitted_at" },
        { "submitted-at-year-one", "lead.submitted_at" },
        { "submitted-at-epoch", "lead.submitted_at" },
        { "submitted-at-1999", "lead.submitted_at" },
        { "submitted-at-days-ahead", "lead.submitted_at" },
        { "long-key", "idempotency_key" },
        { "long-email", "lead.email" },
        { "long-company", "lead.company_name" },
        { "long-website", "lead.website" },
        { "long-city", "lead.city" },
        { "long-referrer", "lead.referrer" },
        { "long-secondary-industry", "lead.secondary_industries[1]" },
        { "many-secondary-industries", "lead.secondary_industries" },
        { "many-intent-signals", "lead.intent_signals" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void Validate_OneBadField_NamesThatField(string mutation, string field)
    {
        var request = ValidRequest();
        Mutate(request, mutation);

        var errors = LeadRequestValidator.Validate(request, Now);

        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public void Invalid_ManyViolations_MessageNamesTheFirstThreeAndCountsTheRest()
    {
        var request = new Proto.RouteLeadRequest
        {
            Lead = new Proto.Lead { Country = "FRA", TimeZone = "Mars/Olympus", Score = 120, EmployeeCount = -1 },
        };

        var error = LeadRequestValidator.Invalid(LeadRequestValidator.Validate(request, Now));

        Assert.Equal(
            "Invalid request: lead.id: is required; lead.email: at least one of email, company_name or website is required; " +
            "lead.country: 'FRA' is not an ISO 3166-1 alpha-2 country code; and 3 more (every one is in the BadRequest details).",
            error.Detail);
        Assert.Equal(6, error.GetBadRequest()!.FieldViolations.Count);
    }

    [Fact]
    public void Invalid_OneViolation_MessageIsThatViolation()
    {
        var error = LeadRequestValidator.Invalid([("lead.id", "is required")]);

        Assert.Equal("Invalid request: lead.id: is required.", error.Detail);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    /// <summary>
    /// An amount is a decimal once mapped: a finite value beyond what one holds is named here, not
    /// left to fail the mapping after validation passed.
    /// </summary>
    [Theory]
    [InlineData(1e30)]
    [InlineData(double.MaxValue)]
    public void Validate_AmountBeyondWhatADecimalHolds_NamesTheFieldBeforeTheMapping(double value)
    {
        var request = ValidRequest();
        request.Lead.AnnualRevenue = value;
        request.Lead.EstimatedDealValue = value;

        var errors = LeadRequestValidator.Validate(request, Now);

        Assert.Equal(["lead.annual_revenue", "lead.estimated_deal_value"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.StartsWith("is not a representable amount", e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LargestAmount_MapsToTheDomain()
    {
        var request = ValidRequest();
        request.Lead.AnnualRevenue = 7.8e27;

        Assert.Empty(LeadRequestValidator.Validate(request, Now));
        Assert.Equal(7.8e27m, LeadMapping.ToDomain(request.Lead).AnnualRevenue);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(-5.5, "-5.5")]
    public void Validate_NumberNotFiniteOrNegative_SaysWhatIsExpectedThenTheValue(double value, string shown)
    {
        var request = ValidRequest();
        request.Lead.AnnualRevenue = value;

        var error = Assert.Single(LeadRequestValidator.Validate(request, Now));

        Assert.Equal(("lead.annual_revenue", $"must be a finite, non-negative number (got {shown})"), error);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("FR")]
    [InlineData(" De ")]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_LanguageCodeInAnyCaseOrBlank_Accepted(string language)
    {
        var request = ValidRequest();
        request.Lead.PreferredLanguage = language;

        Assert.Empty(LeadRequestValidator.Validate(request, Now));
    }

    [Fact]
    public void Validate_LanguageNotACode_SaysWhatIsExpected()
    {
        var request = ValidRequest();
        request.Lead.PreferredLanguage = "klingon";

        var error = Assert.Single(LeadRequestValidator.Validate(request, Now));

        Assert.Equal(("lead.preferred_language", "'klingon' is not an ISO 639-1 (two-letter) language code"), error);
    }

    [Fact]
    public void Validate_CompleteLead_NoViolation() => Assert.Empty(LeadRequestValidator.Validate(ValidRequest(), Now));

    [Fact]
    public void Validate_OnlyWebsite_Accepted()
    {
        var request = new Proto.RouteLeadRequest { Lead = new Proto.Lead { Id = "L1", Website = "www.acme.com" } };

        Assert.Empty(LeadRequestValidator.Validate(request, Now));
    }

    [Fact]
    public void Validate_ZeroNumbersAndLowerCaseCountry_Accepted()
    {
        var request = ValidRequest();
        request.Lead.EmployeeCount = 0;
        request.Lead.Score = 0;
        request.Lead.Country = "fr";

        Assert.Empty(LeadRequestValidator.Validate(request, Now));
    }

    [Theory]
    [InlineData("2001:db8:acce::7")]
    [InlineData(" 203.0.113.45 ")]
    [InlineData("::ffff:203.0.113.45")]
    [InlineData("")]
    public void Validate_IpAddressOfEitherFamilyOrBlank_Accepted(string ip)
    {
        var request = ValidRequest();
        request.Lead.IpAddress = ip;

        Assert.Empty(LeadRequestValidator.Validate(request, Now));
    }

    [Fact]
    public void Validate_TextsAndListsAtTheirLimits_Accepted()
    {
        var request = ValidRequest();
        var lead = request.Lead;
        lead.Email = new string('j', LeadRequestValidator.MaxEmailLength - "@acme.com".Length) + "@acme.com";
        lead.CompanyName = new string('A', LeadRequestValidator.MaxTextLength);
        lead.Website = "acme.com/" + new string('p', LeadRequestValidator.MaxWebsiteLength - "acme.com/".Length);
        lead.SecondaryIndustries.Clear();
        lead.SecondaryIndustries.Add(Enumerable.Repeat(new string('i', LeadRequestValidator.MaxTextLength), LeadRequestValidator.MaxListEntries));
        lead.IntentSignals.Clear();
        lead.IntentSignals.Add(Enumerable.Repeat(Proto.IntentSignal.DemoRequest, LeadRequestValidator.MaxListEntries));

        Assert.Empty(LeadRequestValidator.Validate(request, Now));
    }

    [Fact]
    public void Validate_HugeInvalidValue_ErrorQuotesOnlyItsStart()
    {
        var request = ValidRequest();
        request.Lead.Country = new string('Z', 1_000_000);

        var error = Assert.Single(LeadRequestValidator.Validate(request, Now));

        Assert.Equal("lead.country", error.Field);
        Assert.Equal($"'{new string('Z', 64)}...' (1000000 characters) is not an ISO 3166-1 alpha-2 country code", error.Description);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z is before 2000-01-01T00:00:00Z: an unset date sent as a value?")]
    [InlineData("1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z is before 2000-01-01T00:00:00Z: an unset date sent as a value?")]
    [InlineData("2026-03-04T10:00:00Z", "2026-03-04T10:00:00Z is more than 1 day ahead of the server's clock (2026-03-02T10:00:00Z)")]
    public void Validate_ImplausibleSubmissionTime_SaysWhyAgainstWhatClock(string submitted, string expected)
    {
        var request = ValidRequest();
        request.Lead.SubmittedAt = Timestamp(DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Single(LeadRequestValidator.Validate(request, Now));

        Assert.Equal(("lead.submitted_at", expected), error);
    }

    [Theory]
    [InlineData("2000-01-01T00:00:00Z")] // the earliest accepted
    [InlineData("2026-03-02T10:30:00Z")] // a client clock a little ahead: the SLA then starts at routing
    [InlineData("2026-03-03T10:00:00Z")] // the latest accepted: one day ahead
    public void Validate_SubmissionTimeInsideTheWindow_Accepted(string submitted)
    {
        var request = ValidRequest();
        request.Lead.SubmittedAt = Timestamp(DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Empty(LeadRequestValidator.Validate(request, Now));
    }

    [Fact]
    public void Validate_NoLead_NamesLead() =>
        Assert.Equal("lead", Assert.Single(LeadRequestValidator.Validate(new Proto.RouteLeadRequest(), Now)).Field);

    private static void Mutate(Proto.RouteLeadRequest request, string mutation)
    {
        var lead = request.Lead;
        switch (mutation)
        {
            case "no-id": lead.Id = string.Empty; break;
            case "blank-id": lead.Id = "   "; break;
            case "no-contact": lead.ClearEmail(); lead.ClearCompanyName(); lead.ClearWebsite(); break;
            case "bad-email": lead.Email = "jane.acme.com"; break;
            case "email-display-name": lead.Email = "Jane <jane@acme.com>"; break;
            case "email-no-dot": lead.Email = "jane@localhost"; break;
            case "country-three-letters": lead.Country = "FRA"; break;
            case "country-unknown": lead.Country = "XX"; break;
            case "time-zone": lead.TimeZone = "Europe/Atlantis"; break;
            case "language-word": lead.PreferredLanguage = "klingon"; break;
            case "language-three-letters": lead.PreferredLanguage = "fra"; break; // ISO 639-2: the API says 639-1
            case "language-unknown": lead.PreferredLanguage = "xx"; break;
            case "language-digits": lead.PreferredLanguage = "f1"; break;
            case "language-long": lead.PreferredLanguage = new string('l', 100_000); break;
            case "ip-not-an-address": lead.IpAddress = "acme.com"; break;
            case "ip-short-form": lead.IpAddress = "10.1"; break;
            case "ip-leading-zero": lead.IpAddress = "203.0.113.045"; break;
            case "ip-cidr": lead.IpAddress = "203.0.113.0/24"; break;
            case "employees-negative": lead.EmployeeCount = -1; break;
            case "revenue-negative": lead.AnnualRevenue = -5; break;
            case "revenue-nan": lead.AnnualRevenue = double.NaN; break;
            case "revenue-infinite": lead.AnnualRevenue = double.PositiveInfinity; break;
            case "deal-nan": lead.EstimatedDealValue = double.NaN; break;
            case "deal-negative": lead.EstimatedDealValue = -0.01; break;
            case "score-high": lead.Score = 101; break;
            case "score-negative": lead.Score = -1; break;
            case "contact-level": lead.ContactLevel = (Proto.ContactLevel)42; break;
            case "source": lead.Source = (Proto.LeadSource)42; break;
            case "intent": lead.IntentSignals.Add((Proto.IntentSignal)42); break;
            case "long-email": lead.Email = new string('j', 250) + "@acme.com"; break;
            case "long-company": lead.CompanyName = new string('A', LeadRequestValidator.MaxTextLength + 1); break;
            case "long-website": lead.Website = "https://acme.com/" + new string('p', LeadRequestValidator.MaxWebsiteLength); break;
            case "long-city": lead.City = new string('c', 100_000); break;
            case "long-referrer": lead.Referrer = new string('r', LeadRequestValidator.MaxTextLength + 1); break;
            case "long-secondary-industry": lead.SecondaryIndustries.Clear(); lead.SecondaryIndustries.Add(["retail", new string('i', LeadRequestValidator.MaxTextLength + 1)]); break;
            case "many-secondary-industries": lead.SecondaryIndustries.Add(Enumerable.Repeat("retail", LeadRequestValidator.MaxListEntries + 1)); break;
            // Past the limit, even unknown entries are reported once, as a list too long.
            case "many-intent-signals": lead.IntentSignals.Add(Enumerable.Repeat((Proto.IntentSignal)42, 100_000)); break;
            case "submitted-at": lead.SubmittedAt = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = 1, Nanos = -1 }; break;
            case "submitted-at-year-one": lead.SubmittedAt = Timestamp(DateTimeOffset.MinValue); break; // C#'s default(DateTime)
            case "submitted-at-epoch": lead.SubmittedAt = new Google.Protobuf.WellKnownTypes.Timestamp(); break;
            case "submitted-at-1999": lead.SubmittedAt = Timestamp(new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero)); break;
            case "submitted-at-days-ahead": lead.SubmittedAt = Timestamp(Now.AddDays(1).AddSeconds(1)); break;
            case "long-key": request.IdempotencyKey = new string('k', LeadRequestValidator.MaxIdLength + 1); break;
            default: throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }

    private static Google.Protobuf.WellKnownTypes.Timestamp Timestamp(DateTimeOffset at) => Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(at);

    internal static Proto.RouteLeadRequest ValidRequest()
    {
        var lead = new Proto.Lead
        {
            Id = "L-1",
            Email = "jane.doe@acme.com",
            FirstName = "Jane",
            LastName = "Doe",
            Title = "CFO",
            ContactLevel = Proto.ContactLevel.CLevel,
            ContactDepartment = "finance",
            CompanyName = "Acme Inc",
            Website = "www.acme.com",
            IpAddress = "192.0.2.10",
            Country = "FR",
            Region = "Ile-de-France",
            Department = "75",
            City = "Paris",
            PostalCode = "75008",
            Industry = "healthcare",
            EmployeeCount = 1200,
            AnnualRevenue = 5_000_000.5,
            EstimatedDealValue = 60_000,
            Score = 85,
            Source = Proto.LeadSource.Referral,
            Referrer = "bob@partner.com",
            ProductInterest = "analytics",
            NewProductRequest = true,
            PreferredLanguage = "FR",
            TimeZone = "Europe/Paris",
            SubmittedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero)),
        };
        lead.SecondaryIndustries.Add(["pharma", " "]);
        lead.IntentSignals.Add([Proto.IntentSignal.DemoRequest, Proto.IntentSignal.Unspecified, Proto.IntentSignal.DemoRequest, Proto.IntentSignal.EventBadgeScan]);
        return new Proto.RouteLeadRequest { Lead = lead };
    }
}
