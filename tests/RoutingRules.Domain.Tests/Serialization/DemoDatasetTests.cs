using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Serialization;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Tests.Serialization;

/// <summary>samples/demo-dataset.json must stay valid and keep every scenario the demo relies on.</summary>
public class DemoDatasetTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly Dataset _d = DatasetJson.Load(Path.Combine(AppContext.BaseDirectory, "samples", "demo-dataset.json"));

    [Fact]
    public void Load_Demo_ValidatesWithoutErrors() => Assert.Empty(DatasetValidator.Validate(_d));

    [Fact]
    public void Load_Demo_Sizes()
    {
        Assert.InRange(_d.Reps.Count, 35, 45);
        Assert.InRange(_d.Territories.Count, 25, 35);
        Assert.InRange(_d.Accounts.Count, 180, 220);
    }

    [Fact]
    public void Reps_EveryRoleAndSeniority_AndSpecialCases()
    {
        Assert.Equal(Enum.GetValues<RepRole>().Order(), _d.Reps.Select(r => r.Role).Distinct().Order());
        Assert.Equal(Enum.GetValues<Seniority>().Order(), _d.Reps.Select(r => r.Seniority).Distinct().Order());
        Assert.Contains(_d.Reps, r => r.Departed && r.SuccessorId is not null);
        Assert.Contains(_d.Reps, r => r.IsAbsentAt(Now));
        Assert.Contains(_d.Reps, r => r.Role == RepRole.Manager);
        Assert.Contains(_d.Reps, r => r.SpecialistDepartment == "finance");
        Assert.True(_d.Reps.Count(r => r.BackupId is not null) > 30);
        var zones = _d.Reps.Select(r => r.TimeZone).ToHashSet();
        Assert.Superset(new HashSet<string> { "Europe/Paris", "America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin" }, zones);
    }

    [Fact]
    public void Territories_FrenchGeographyVerticalsHybridsAndQueues()
    {
        var snapshot = ReferenceSnapshot.Build(_d);
        Assert.Equal("ter-idf", Assert.Single(snapshot.TerritoriesByRegion("Ile-de-France"), t => t.Criteria.Departments.Count == 8).Id);
        foreach (var dep in new[] { "75", "92", "93", "94", "77", "78", "91", "95", "13", "06", "83", "84", "69", "38", "2A", "2B" })
        {
            Assert.NotEmpty(snapshot.TerritoriesByDepartment(dep));
        }

        foreach (var industry in new[] { "healthcare", "financial services", "manufacturing", "technology", "general" })
        {
            Assert.NotEmpty(snapshot.TerritoriesByIndustry(industry));
        }

        var hybrid = Assert.Single(_d.Territories, t => t.Name == "Enterprise Healthcare West");
        Assert.True(hybrid.Criteria.HasGeography && hybrid.Criteria.HasVertical && hybrid.Criteria.HasSegment);
        Assert.NotNull(snapshot.DefaultPool);
        Assert.NotNull(snapshot.EscalationQueue);
        Assert.Contains(_d.Territories, t => t.Criteria.Segment is not null);
    }

    [Fact]
    public void Accounts_EveryRoutingScenarioPresent()
    {
        var handOff = _d.Policy.Accounts.AmHandOffContractValue;
        Assert.Contains(_d.Accounts, a => a.Strategic && a.Status == AccountStatus.Customer && a.StrategicOwnerId is not null);
        Assert.Contains(_d.Accounts, a => a.Status == AccountStatus.Customer && a.ContractValue > handOff && a.AccountManagerId is not null);
        Assert.Contains(_d.Accounts, a => a.Status == AccountStatus.Customer && a.ContractValue <= handOff && a.OwnerId is not null);
        Assert.Contains(_d.Accounts, a => a.Status == AccountStatus.Prospect && _d.Opportunities.Any(o => o.AccountId == a.Id && o.IsOpen));
        Assert.Contains(_d.PreviousLeads, l => l.Outcome == LeadOutcome.ClosedLost && l.AccountId is not null);
        Assert.Contains(_d.Accounts, a => a.ChurnedOn > Today.AddMonths(-6));
        Assert.Contains(_d.Accounts, a => a.ChurnedOn < Today.AddMonths(-12));
        Assert.Contains(_d.Accounts, a => a.Competitor);
        Assert.Contains(_d.Accounts, a => a.PartnerManagerId is not null);
        Assert.Contains(_d.Accounts, a => a.NamedAccountOwnerId is not null);
        Assert.Contains(_d.Accounts, a => a.ParentAccountId is not null);
        Assert.Contains(_d.Accounts, a => a.OwnerId is { } o && _d.Reps.Single(r => r.Id == o).Departed);
        Assert.Contains(_d.Accounts, a => a.EmployeeCount >= _d.Policy.Accounts.EnterpriseEmployeeThreshold);
    }

    [Fact]
    public void Matching_AliasesDomainsAndMicrosoft_Resolve()
    {
        var snapshot = ReferenceSnapshot.Build(_d);
        Assert.Equal("acc-ibm", Assert.Single(snapshot.FindAccountsByName("IBM")).Account.Id);
        var acme = snapshot.GetAccount("acc-acme")!;
        Assert.Equal(["acmecorp.com", "acme.com", "acmecorp.net"], acme.Domains);
        Assert.NotNull(acme.OwnerId);
        Assert.All(acme.Domains, d => Assert.Equal("acc-acme", snapshot.FindAccountByDomain("lead@" + d)?.Account.Id));
        Assert.NotEmpty(snapshot.TerritoriesByRegion("Provence-Alpes-Cote d'Azur"));
        Assert.Equal("acc-microsoft", Assert.Single(snapshot.FindAccountsByName("Microsoft Inc")).Account.Id);
        Assert.Equal(CompanyNames.Normalize("Microsoft Inc"), CompanyNames.Normalize(snapshot.GetAccount("acc-microsoft")!.Name));
    }
}
