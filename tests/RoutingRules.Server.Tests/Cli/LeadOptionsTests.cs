using System.CommandLine;
using RoutingRules.Server.Routing.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

/// <summary>The lead <c>routingrules route</c> sends for its options: every field the CLI can set.</summary>
public sealed class LeadOptionsTests
{
    [Fact]
    public void ToLead_EveryOption_SetsItsField()
    {
        var lead = Parse(
            "--id", "L-9", "--email", "jane@acme.com", "--first-name", "Jane", "--last-name", "Doe", "--title", "CFO",
            "--contact-department", "finance", "--company", "Acme", "--website", "acme.com", "--ip", "192.0.2.10",
            "--country", "FR", "--region", "Ile-de-France", "--department", "75", "--city", "Paris", "--postal-code", "75008",
            "--time-zone", "Europe/Paris", "--language", "fr", "--industry", "healthcare", "--secondary-industries", "pharma, retail",
            "--employees", "1200", "--annual-revenue", "2500000.5", "--score", "85", "--deal-value", "60000",
            "--contact-level", "c-level", "--source", "referral", "--referrer", "bob@partner.com", "--product-interest", "analytics",
            "--new-product-request", "--signal", "pricing-page-visit", "--demo-request", "--submitted-at", "2026-11-24T09:50:00Z");

        var expected = new Proto.Lead
        {
            Id = "L-9", Email = "jane@acme.com", FirstName = "Jane", LastName = "Doe", Title = "CFO", ContactDepartment = "finance",
            CompanyName = "Acme", Website = "acme.com", IpAddress = "192.0.2.10", Country = "FR", Region = "Ile-de-France",
            Department = "75", City = "Paris", PostalCode = "75008", TimeZone = "Europe/Paris", PreferredLanguage = "fr",
            Industry = "healthcare", EmployeeCount = 1200, AnnualRevenue = 2_500_000.5, Score = 85, EstimatedDealValue = 60_000,
            ContactLevel = Proto.ContactLevel.CLevel, Source = Proto.LeadSource.Referral, Referrer = "bob@partner.com",
            ProductInterest = "analytics", NewProductRequest = true,
            SubmittedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 9, 50, 0, TimeSpan.Zero)),
        };
        expected.SecondaryIndustries.Add(["pharma", "retail"]);
        expected.IntentSignals.Add([Proto.IntentSignal.PricingPageVisit, Proto.IntentSignal.DemoRequest]);
        Assert.Equal(expected, lead);
    }

    [Fact]
    public void ToLead_NoOption_OnlyANewId()
    {
        var lead = Parse();

        Assert.StartsWith("cli-", lead.Id, StringComparison.Ordinal);
        Assert.Equal(new Proto.Lead { Id = lead.Id }, lead);
    }

    [Fact]
    public void ToLead_SecondaryIndustriesRepeatedAndWithEmptyEntries_AllInOrderWithoutTheEmptyOnes()
    {
        var lead = Parse("--secondary-industries", "pharma,,retail ,", "--secondary-industries", "biotech");

        Assert.Equal(["pharma", "retail", "biotech"], lead.SecondaryIndustries);
    }

    private static Proto.Lead Parse(params string[] args)
    {
        var options = new LeadOptions();
        var command = new RootCommand();
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        var result = command.Parse(args);
        Assert.Empty(result.Errors);
        return options.ToLead(result);
    }
}
