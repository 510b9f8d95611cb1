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
    private static readonly Dictionary<string, Func<Dataset, bool>> ScenarioChecks = new()
    {
        ["strategic customer"] = d => d.Accounts.Any(a => a.Strategic && a.Status == AccountStatus.Customer && a.StrategicOwnerId is not null),
        ["customer above the AM hand-off"] = d => d.Accounts.Any(a => a.Status == AccountStatus.Customer && a.ContractValue > d.Policy.Accounts.AmHandOffContractValue && a.AccountManagerId is not null),
        ["customer below the AM hand-off"] = d => d.Accounts.Any(a => a.Status == AccountStatus.Customer && a.ContractValue <= d.Policy.Accounts.AmHandOffContractValue && a.OwnerId is not null),
        ["prospect with an open opportunity"] = d => d.Accounts.Any(a => a.Status == AccountStatus.Prospect && d.Opportunities.Any(o => o.AccountId == a.Id && o.IsOpen)),
        ["closed-lost previous lead"] = d => d.PreviousLeads.Any(l => l.Outcome == LeadOutcome.ClosedLost && l.AccountId is not null),
        ["recently churned"] = d => d.Accounts.Any(a => a.Status == AccountStatus.Churned && a.ChurnedOn > Today.AddMonths(-d.Policy.Accounts.ChurnWinBackMonths)),
        ["old churned"] = d => d.Accounts.Any(a => a.Status == AccountStatus.Churned && a.ChurnedOn < Today.AddMonths(-d.Policy.Accounts.ChurnTreatAsNewMonths)),
        ["competitor"] = d => d.Accounts.Any(a => a.Competitor),
        ["partner-managed"] = d => d.Accounts.Any(a => a.PartnerManagerId is { } p && a.PartnerSourcing == PartnerSourcing.Partner && d.Reps.Single(r => r.Id == p).Role == RepRole.PartnerManager),
        ["direct-sourced with a partner involved"] = d => d.Accounts.Any(a =>
            a.PartnerManagerId is { } p && a.PartnerSourcing == PartnerSourcing.Direct && a.OwnerId is not null && d.Reps.Single(r => r.Id == p).Role == RepRole.PartnerManager),
        ["alias IBM"] = d => d.Accounts.Any(a => a.Aliases.Contains("IBM") && a.Name == "International Business Machines"),
        ["several domains for one company"] = d => d.Accounts.Any(a => a.Domains.Count >= 3),
        ["subsidiary with a parent"] = d => d.Accounts.Any(a => a.ParentAccountId is { } p && d.Accounts.Any(x => x.Id == p)),
        ["named account"] = d => d.Accounts.Any(a => a.NamedAccountOwnerId is not null),
        ["account owned by a departed rep"] = d => d.Accounts.Any(a => a.OwnerId is { } o && d.Reps.Single(r => r.Id == o).Departed),
        ["enterprise account"] = d => d.Accounts.Any(a => a.EmployeeCount >= d.Policy.Accounts.EnterpriseEmployeeThreshold),
        ["departed rep with a successor"] = d => d.Reps.Any(r => r.Departed && r.SuccessorId is not null),
        ["rep on vacation"] = d => d.Reps.Any(r => r.IsAbsentAt(Now) && r.BackupId is not null),
        ["manager"] = d => d.Reps.Any(r => r.Role == RepRole.Manager && d.Reps.Any(x => x.ManagerId == r.Id)),
        ["hybrid territory"] = d => d.Territories.Count(t => (t.Criteria.HasGeography ? 1 : 0) + (t.Criteria.HasVertical ? 1 : 0) + (t.Criteria.HasSegment ? 1 : 0) >= 2) >= 3,
        ["default pool"] = d => d.Territories.Any(t => t.IsDefaultPool && t.MemberRepIds.Count > 0),
        ["escalation queue"] = d => d.Territories.Any(t => t.IsEscalationQueue && t.QueueName is not null),
    };

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

    /// <summary>Each routing scenario of the demo (issue 4, point 6) by name, so a lost one is named by the failure.</summary>
    public static TheoryData<string> Scenarios() => new(ScenarioChecks.Keys);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Accounts_RoutingScenario_Present(string scenario) => Assert.True(ScenarioChecks[scenario](_d), scenario);

    [Fact]
    public void Slice_UsAndEmea_TerritoriesStaffedInLocalTimeZones()
    {
        var snapshot = ReferenceSnapshot.Build(_d);
        foreach (var (country, zonePrefix) in new[] { ("US", "America/"), ("GB", "Europe/London"), ("DE", "Europe/Berlin") })
        {
            var territories = _d.Territories.Where(t => t.Criteria.Countries.Contains(country) && !t.Criteria.HasVertical).ToList();
            Assert.NotEmpty(territories);
            var members = territories.SelectMany(t => t.MemberRepIds).Select(id => snapshot.GetRep(id)!).ToList();
            Assert.Contains(members, r => r.TimeZone.StartsWith(zonePrefix, StringComparison.Ordinal));
            Assert.True(_d.Accounts.Count(a => a.Country == country) >= 10, country);
        }

        Assert.True(_d.Territories.Count(t => t.Criteria.Countries.Contains("US") && t.Criteria.Departments.Count > 0) >= 2, "US territories split by state");
        Assert.True(_d.Reps.Select(r => r.TimeZone).Distinct().Count() >= 5);
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
