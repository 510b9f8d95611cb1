using RoutingRules.Domain.Model;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Tests.Validation;

/// <summary>Reference data refuses texts longer than any CRM sends, and its errors never echo them whole.</summary>
public sealed class DatasetTextLimitTests
{
    private static readonly string Overlong = new('x', TextLimits.MaxText + 1);

    [Theory]
    [InlineData("account.name", "Account", "a1", "name")]
    [InlineData("account.alias", "Account", "a2", "aliases[1]")]
    [InlineData("account.industry", "Account", "a1", "industry")]
    [InlineData("account.domain", "Account", "a1", "domains[1]")]
    [InlineData("rep.name", "Rep", "r1", "name")]
    [InlineData("rep.email", "Rep", "r1", "email")]
    [InlineData("rep.specialistDepartment", "Rep", "r1", "specialistDepartment")]
    [InlineData("rep.language", "Rep", "r1", "languages[0]")]
    [InlineData("rep.industry", "Rep", "r2", "industries[0]")]
    [InlineData("territory.name", "Territory", "t-fr", "name")]
    [InlineData("territory.queueName", "Territory", "t-esc", "queueName")]
    [InlineData("territory.city", "Territory", "t-idf", "criteria.cities[0]")]
    [InlineData("territory.department", "Territory", "t-idf", "criteria.departments[2]")]
    [InlineData("territory.region", "Territory", "t-idf", "criteria.regions[1]")]
    [InlineData("territory.postalPrefix", "Territory", "t-idf", "criteria.postalPrefixes[0]")]
    [InlineData("territory.industry", "Territory", "t-health", "criteria.industries[1]")]
    [InlineData("previousLead.domain", "PreviousLead", "l2", "domain")]
    [InlineData("policy.defaultPool", "RoutingPolicy", "policy", "queues.defaultPool")]
    [InlineData("policy.competitorQueue", "RoutingPolicy", "policy", "queues.competitorQueue")]
    [InlineData("policy.freeMailDomain", "RoutingPolicy", "policy", "matching.freeMailDomains[0]")]
    [InlineData("policy.defaultLanguage", "RoutingPolicy", "policy", "territories.defaultLanguage")]
    public void Validate_TextOverTheLimit_NamesItsField(string change, string type, string id, string field)
    {
        var error = Assert.Single(DatasetValidator.Validate(WithText(TestData.Small(), change, Overlong)));

        Assert.Equal((type, id, field), (error.RecordType, error.RecordId, error.Field));
        Assert.True(error.Message.Length < 120, error.Message);
    }

    [Fact]
    public void Validate_TextsAtTheLimit_Accepted()
    {
        var d = TestData.Small();
        var longest = new string('y', TextLimits.MaxText);
        var changes = new[] { "account.name", "account.alias", "account.industry", "rep.name", "rep.specialistDepartment", "territory.name", "territory.city", "policy.defaultPool" };
        d = changes.Aggregate(d, (dataset, change) => WithText(dataset, change, longest));
        d = d with { Reps = [d.Reps[0] with { Email = new string('e', TextLimits.MaxEmail - "@acme.com".Length) + "@acme.com" }, .. d.Reps.Skip(1)] };

        Assert.Empty(DatasetValidator.Validate(d));
    }

    [Fact]
    public void Validate_OverlongId_ReportedOnceWithItsStartOnly()
    {
        var d = TestData.Small();
        var hugeId = new string('i', 1_000_000);
        d = d with { Accounts = [.. d.Accounts, new Account { Id = hugeId, Name = "Huge", OwnerId = hugeId }] };

        var errors = DatasetValidator.Validate(d);

        Assert.Equal(["id", "ownerId"], errors.Select(e => e.Field).Order());
        Assert.All(errors, e => Assert.True(e.ToString().Length < 300, Start(e.ToString())));
        Assert.Contains(errors, e => e.Field == "ownerId" && e.Message.EndsWith("(1000000 characters)", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_HugeInvalidValues_QuotedByTheirStart()
    {
        var d = TestData.Small();
        var huge = new string('z', 100_000);
        d = d with
        {
            Accounts = [d.Accounts[0] with { IpRanges = [huge], Country = huge }, .. d.Accounts.Skip(1)],
            Reps = [d.Reps[0] with { TimeZone = huge }, .. d.Reps.Skip(1)],
        };

        var errors = DatasetValidator.Validate(d);

        Assert.Equal(["country", "ipRanges[0]", "timeZone"], errors.Select(e => e.Field).Order());
        Assert.All(errors, e => Assert.Contains("(100000 characters)", e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.True(e.Message.Length < 200, Start(e.Message)));
    }

    private static string Start(string text) => text.Length <= 300 ? text : text[..300];

    private static Dataset WithText(Dataset d, string change, string text)
    {
        Account Account(int i) => d.Accounts[i];
        Rep Rep(int i) => d.Reps[i];
        Territory Territory(int i) => d.Territories[i];
        Dataset Accounts(int i, Account a) => d with { Accounts = [.. d.Accounts.Take(i), a, .. d.Accounts.Skip(i + 1)] };
        Dataset Reps(int i, Rep r) => d with { Reps = [.. d.Reps.Take(i), r, .. d.Reps.Skip(i + 1)] };
        Dataset Territories(int i, Func<Territory, Territory> f) => d with { Territories = [.. d.Territories.Take(i), f(Territory(i)), .. d.Territories.Skip(i + 1)] };
        Dataset Criteria(int i, Func<TerritoryCriteria, TerritoryCriteria> f) => Territories(i, t => t with { Criteria = f(t.Criteria) });
        var p = d.Policy;
        return change switch
        {
            "account.name" => Accounts(0, Account(0) with { Name = text }),
            "account.alias" => Accounts(1, Account(1) with { Aliases = [.. Account(1).Aliases, text] }),
            "account.industry" => Accounts(0, Account(0) with { Industry = text }),
            "account.domain" => Accounts(0, Account(0) with { Domains = [Account(0).Domains[0], text + ".com"] }),
            "rep.name" => Reps(0, Rep(0) with { Name = text }),
            "rep.email" => Reps(0, Rep(0) with { Email = text + "@acme.com" }),
            "rep.specialistDepartment" => Reps(0, Rep(0) with { SpecialistDepartment = text }),
            "rep.language" => Reps(0, Rep(0) with { Languages = [text] }),
            "rep.industry" => Reps(1, Rep(1) with { Industries = [text] }),
            "territory.name" => Territories(0, t => t with { Name = text }),
            "territory.queueName" => Territories(4, t => t with { QueueName = text }),
            "territory.city" => Criteria(1, c => c with { Cities = [text] }),
            "territory.department" => Criteria(1, c => c with { Departments = [.. c.Departments, text] }),
            "territory.region" => Criteria(1, c => c with { Regions = [.. c.Regions, text] }),
            "territory.postalPrefix" => Criteria(1, c => c with { PostalPrefixes = [text] }),
            "territory.industry" => Criteria(2, c => c with { Industries = [.. c.Industries, text] }),
            "previousLead.domain" => d with { PreviousLeads = [d.PreviousLeads[0], d.PreviousLeads[1] with { Domain = text + ".de" }] },
            "policy.defaultPool" => d with { Policy = p with { Queues = p.Queues with { DefaultPool = text } } },
            "policy.competitorQueue" => d with { Policy = p with { Queues = p.Queues with { CompetitorQueue = text } } },
            "policy.freeMailDomain" => d with { Policy = p with { Matching = p.Matching with { FreeMailDomains = [text, .. p.Matching.FreeMailDomains] } } },
            "policy.defaultLanguage" => d with { Policy = p with { Territories = p.Territories with { DefaultLanguage = text } } },
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "no such change"),
        };
    }
}
