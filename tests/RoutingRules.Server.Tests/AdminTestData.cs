using RoutingRules.Domain.Model;

namespace RoutingRules.Server.Tests;

/// <summary>A small valid dataset: two reps, a territory tree, two accounts, an opportunity, a previous lead.</summary>
internal static class AdminTestData
{
    public static Dataset Dataset { get; } = new()
    {
        Reps =
        [
            new Rep { Id = "alice", Name = "Alice Martin", Email = "alice@example.com", TimeZone = "Europe/Paris", Languages = ["fr", "en"] },
            new Rep { Id = "bob", Name = "Bob Stone", TimeZone = "America/New_York", ManagerId = "alice", Role = RepRole.Sdr },
        ],
        Territories =
        [
            new Territory { Id = "emea", Name = "EMEA", MemberRepIds = ["alice"] },
            new Territory
            {
                Id = "france", Name = "France", ParentId = "emea", MemberRepIds = ["alice", "bob"],
                Criteria = new TerritoryCriteria { Countries = ["FR"] },
            },
        ],
        Accounts =
        [
            new Account { Id = "acme", Name = "Acme", Domains = ["acme.com"], OwnerId = "alice", Country = "FR", Status = AccountStatus.Customer },
            new Account { Id = "globex", Name = "Globex", Domains = ["globex.com"], EmployeeCount = 1200 },
        ],
        Opportunities = [new Opportunity { Id = "opp-1", AccountId = "acme", OwnerId = "alice", Amount = 12_500m }],
        PreviousLeads =
        [
            new PreviousLead { Id = "lead-1", Domain = "initech.com", OwnerId = "bob", Outcome = LeadOutcome.ClosedLost, ReceivedAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero) },
        ],
    };
}
