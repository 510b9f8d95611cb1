using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

public sealed class LeadFingerprintTests
{
    private static readonly Lead Full = new()
    {
        Id = "L1",
        Email = "ada@acme.com",
        FirstName = "Ada",
        LastName = "Lovelace",
        Title = "CFO",
        ContactLevel = ContactLevel.CLevel,
        ContactDepartment = "finance",
        CompanyName = "Acme",
        Website = "acme.com",
        IpAddress = "192.0.2.1",
        Country = "FR",
        Region = "IDF",
        Department = "75",
        City = "Paris",
        PostalCode = "75008",
        Industry = "retail",
        SecondaryIndustries = ["software", "logistics"],
        EmployeeCount = 120,
        AnnualRevenue = 2_000_000m,
        EstimatedDealValue = 15_000m,
        Score = 70,
        Source = LeadSource.Event,
        Referrer = "bob@partner.com",
        ProductInterest = "analytics",
        NewProductRequest = true,
        PreferredLanguage = "fr",
        TimeZone = "Europe/Paris",
        SubmittedAt = new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero),
        IntentSignals = [IntentSignal.DemoRequest, IntentSignal.ContentDownload],
    };

    public static TheoryData<string, Lead> OneFieldChanged => new()
    {
        { "id", Full with { Id = "L2" } },
        { "email", Full with { Email = "ada@acme.fr" } },
        { "email missing", Full with { Email = null } },
        { "first name", Full with { FirstName = "Adah" } },
        { "last name", Full with { LastName = null } },
        { "title", Full with { Title = "CEO" } },
        { "contact level", Full with { ContactLevel = ContactLevel.VicePresident } },
        { "contact department", Full with { ContactDepartment = "sales" } },
        { "company", Full with { CompanyName = "Acme Inc" } },
        { "website", Full with { Website = "www.acme.com" } },
        { "ip", Full with { IpAddress = "192.0.2.2" } },
        { "country", Full with { Country = "BE" } },
        { "region", Full with { Region = "ARA" } },
        { "department", Full with { Department = "69" } },
        { "city", Full with { City = "Lyon" } },
        { "postal code", Full with { PostalCode = "75009" } },
        { "industry", Full with { Industry = "healthcare" } },
        { "secondary industries order", Full with { SecondaryIndustries = ["logistics", "software"] } },
        { "secondary industries fewer", Full with { SecondaryIndustries = ["software"] } },
        { "employees", Full with { EmployeeCount = 121 } },
        { "employees unknown", Full with { EmployeeCount = null } },
        { "revenue", Full with { AnnualRevenue = 2_000_001m } },
        { "deal value", Full with { EstimatedDealValue = 15_000.5m } },
        { "score", Full with { Score = 0 } },
        { "source", Full with { Source = LeadSource.Referral } },
        { "referrer", Full with { Referrer = null } },
        { "product interest", Full with { ProductInterest = "crm" } },
        { "new product request", Full with { NewProductRequest = false } },
        { "language", Full with { PreferredLanguage = "en" } },
        { "time zone", Full with { TimeZone = "Europe/Brussels" } },
        { "submitted at", Full with { SubmittedAt = Full.SubmittedAt!.Value.AddSeconds(1) } },
        { "submitted at missing", Full with { SubmittedAt = null } },
        { "signals", Full with { IntentSignals = [IntentSignal.DemoRequest] } },
    };

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void Of_AnyFieldChanged_Differs(string field, Lead changed)
    {
        Assert.NotEqual(LeadFingerprint.Of(Full), LeadFingerprint.Of(changed));
        Assert.False(LeadFingerprint.Of(Full).Admits(LeadFingerprint.Of(changed)), field);
    }

    [Fact]
    public void Of_EqualFieldsBuiltApart_Equal()
    {
        var rebuilt = Full with
        {
            SecondaryIndustries = new List<string> { "software", "logistics" },
            AnnualRevenue = 2_000_000.00m,
            SubmittedAt = Full.SubmittedAt!.Value.ToOffset(TimeSpan.FromHours(2)),
            IntentSignals = new List<IntentSignal> { IntentSignal.DemoRequest, IntentSignal.ContentDownload },
        };

        Assert.Equal(LeadFingerprint.Of(Full), LeadFingerprint.Of(rebuilt));
        Assert.True(LeadFingerprint.Of(Full).IsRecorded);
    }

    [Fact]
    public void Of_TextsSplitDifferently_Differ()
    {
        var a = new Lead { Id = "L1", FirstName = "ab", LastName = null };
        var b = new Lead { Id = "L1", FirstName = "a", LastName = "b" };
        var c = new Lead { Id = "L1", FirstName = "", LastName = null };
        var d = new Lead { Id = "L1", FirstName = null, LastName = null };

        Assert.Equal(4, new[] { a, b, c, d }.Select(LeadFingerprint.Of).Distinct().Count());
    }

    [Fact]
    public void Admits_NotRecorded_AdmitsAny()
    {
        Assert.True(LeadFingerprint.None.Admits(LeadFingerprint.Of(Full)));
        Assert.True(LeadFingerprint.Of(Full).Admits(LeadFingerprint.None));
    }
}
