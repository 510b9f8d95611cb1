using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Store.Tests;

/// <summary>A small dataset using every field of every record type, so round-trips cover them all.</summary>
internal static class StoreTestData
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(1));

    public static Dataset Full() => new()
    {
        Policy = RoutingPolicy.Default with { Capacity = new CapacityPolicy { OpenLeadsCap = 40, CoolDown = TimeSpan.FromMinutes(5) } },
        Reps =
        [
            new Rep
            {
                Id = "r1", Name = "Alice Martin", Email = "alice@example.com", Role = RepRole.AccountExecutive, Seniority = Seniority.Senior,
                ManagerId = "m1", BackupId = "r2", Status = RepStatus.InMeeting, TimeZone = "Europe/Paris", Languages = ["fr", "en"],
                SpecialistDepartment = "finance", Industries = ["healthcare"], Products = ["enterprise-suite"], PerformanceWeight = 2, QuotaAttainment = 0.85, OpenLeadsCap = 30,
                Absences = [new AbsencePeriod(Monday.AddDays(7), Monday.AddDays(14))],
                Workload = new RepWorkload { OpenLeads = 12, OverdueFollowUps = 2, AssignedToday = 3, LastAssignedAt = Monday, ActiveOpportunities = 4 },
                Stats = new RepStats { ConversionRate = 0.21, AvgResponseMinutes = 14, ConversionRateBySource = new Dictionary<string, double> { ["referral"] = 0.5 } },
            },
            new Rep { Id = "r2", Name = "Bruno Petit", TimeZone = "America/New_York", ManagerId = "m1", Role = RepRole.Sdr, Seniority = Seniority.Junior },
            new Rep { Id = "r3", Name = "Carla Gone", TimeZone = "Europe/Berlin", Departed = true, SuccessorId = "r1", ManagerId = "m1" },
            new Rep { Id = "m1", Name = "Manon Leroy", TimeZone = "Europe/Paris", Role = RepRole.Manager, Seniority = Seniority.Director },
        ],
        Territories =
        [
            new Territory { Id = "t-fr", Name = "France", Criteria = new TerritoryCriteria { Countries = ["FR"] }, MemberRepIds = ["r1", "r2"], Strategy = DistributionStrategy.LoadBalanced },
            new Territory
            {
                Id = "t-idf", Name = "Ile-de-France healthcare", ParentId = "t-fr", Priority = 3, MemberRepIds = ["r1"], BackupRepId = "r2",
                Strategy = DistributionStrategy.RepScore, NamedAccountExceptionIds = ["a2"],
                Criteria = new TerritoryCriteria
                {
                    Countries = ["FR"], Regions = ["IDF"], Departments = ["75", "92"], Cities = ["Paris"], PostalPrefixes = ["75"],
                    Industries = ["healthcare"], MinEmployees = 100, MaxEmployees = 5000, Segment = Segment.Enterprise,
                },
            },
            new Territory { Id = "t-pool", Name = "Pool", IsDefaultPool = true, MemberRepIds = ["r2"], QueueName = "default-pool" },
            new Territory { Id = "t-esc", Name = "Escalation", IsEscalationQueue = true, QueueName = "escalation" },
        ],
        Accounts =
        [
            new Account
            {
                Id = "a1", Name = "Acme Corp", Domains = ["acmecorp.com", "acme.com", "acmecorp.net"], Aliases = ["Acme"],
                IpRanges = ["203.0.113.0/24", "2001:db8:acce::/48"], Status = AccountStatus.Customer,
                OwnerId = "r1", Strategic = true, StrategicOwnerId = "m1", NamedAccountOwnerId = "r1", PartnerManagerId = "r2", PartnerSourcing = PartnerSourcing.Direct,
                ContractValue = 75_000.50m, AccountManagerId = "r2", EmployeeCount = 1200, Industry = "manufacturing", Country = "FR",
            },
            new Account { Id = "a2", Name = "Old Churn SA", Status = AccountStatus.Churned, ChurnedOn = new DateOnly(2025, 1, 15), OwnerId = "r3", Competitor = true },
            new Account { Id = "a3", Name = "Acme Sud", ParentAccountId = "a1", Domains = ["acme-sud.fr"], AutoCreated = true },
        ],
        Opportunities =
        [
            new Opportunity { Id = "o1", AccountId = "a1", OwnerId = "r1", Amount = 20_000m },
            new Opportunity { Id = "o2", AccountId = "a3", OwnerId = "r2", Status = OpportunityStatus.ClosedLost },
        ],
        PreviousLeads =
        [
            new PreviousLead { Id = "l1", AccountId = "a3", OwnerId = "r2", Outcome = LeadOutcome.ClosedLost, ReceivedAt = Monday.AddDays(-40) },
            new PreviousLead { Id = "l2", Domain = "newco.io", OwnerId = "r1", ReceivedAt = Monday.AddHours(-1) },
        ],
    };
}
