using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Tests;

/// <summary>A small valid dataset that each test alters to exercise one rule.</summary>
internal static class TestData
{
    public static Dataset Small() => new()
    {
        Reps =
        [
            new Rep { Id = "r1", Name = "Alice", TimeZone = "Europe/Paris", BackupId = "r2", ManagerId = "m1" },
            new Rep { Id = "r2", Name = "Bruno", TimeZone = "America/New_York", ManagerId = "m1" },
            new Rep { Id = "m1", Name = "Manon", Role = RepRole.Manager, TimeZone = "Europe/Paris" },
        ],
        Territories =
        [
            new Territory { Id = "t-fr", Name = "France", Criteria = new TerritoryCriteria { Countries = ["FR"] }, MemberRepIds = ["r1"] },
            new Territory
            {
                Id = "t-idf", Name = "Ile-de-France", ParentId = "t-fr", MemberRepIds = ["r1", "r2"],
                Criteria = new TerritoryCriteria { Countries = ["FR"], Regions = ["IDF"], Departments = ["75", "92"] },
            },
            new Territory { Id = "t-health", Name = "Healthcare", Criteria = new TerritoryCriteria { Industries = ["healthcare"] }, MemberRepIds = ["r2"], Priority = 5 },
            new Territory { Id = "t-pool", Name = "Pool", IsDefaultPool = true, MemberRepIds = ["r1"] },
            new Territory { Id = "t-esc", Name = "Escalation", IsEscalationQueue = true, QueueName = "escalation" },
        ],
        Accounts =
        [
            new Account { Id = "a1", Name = "Acme Corp", Domains = ["acmecorp.com", "acme.com"], OwnerId = "r1", Country = "FR" },
            new Account { Id = "a2", Name = "International Business Machines", Aliases = ["IBM"], OwnerId = "r2", Country = "US" },
            new Account { Id = "a3", Name = "Acme Sud", ParentAccountId = "a1", Domains = ["acme-sud.fr"] },
        ],
        Opportunities = [new Opportunity { Id = "o1", AccountId = "a1", OwnerId = "r1", Amount = 12_000m }],
        PreviousLeads =
        [
            new PreviousLead { Id = "l1", AccountId = "a2", OwnerId = "r2", Outcome = LeadOutcome.ClosedLost },
            new PreviousLead { Id = "l2", Domain = "mail.unknown-co.de", OwnerId = "r1" },
        ],
    };
}
