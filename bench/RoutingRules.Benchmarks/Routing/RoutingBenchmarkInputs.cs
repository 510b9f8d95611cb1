using RoutingRules.Benchmarks.Store;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Rules;

namespace RoutingRules.Benchmarks.Routing;

/// <summary>
/// The router, context and random leads the in-process routing benchmarks share: the full rule set
/// on the generated 100,000-account dataset, leads built from random accounts and placed in random
/// territories that name a region. A seed makes each benchmark's inputs reproducible.
/// </summary>
internal sealed class RoutingBenchmarkInputs
{
    /// <summary>Leads per kind; a power of two so that cycling through them is a mask.</summary>
    public const int Count = 256;

    private readonly Territory[] _places;

    public RoutingBenchmarkInputs(int seed)
    {
        var dataset = BenchmarkDatasets.Large;
        var snapshot = ReferenceSnapshot.Build(dataset);
        Router = RoutingRuleSet.Compile().CreateRouter();
        Context = new RoutingContext(snapshot, new InMemoryLiveState(snapshot), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));
        Random = new Random(seed);
        _places = dataset.Territories.Where(t => t.Criteria.Regions.Count > 0).ToArray();
        Accounts = Enumerable.Range(0, Count).Select(_ => dataset.Accounts[Random.Next(dataset.Accounts.Count)]).ToArray();
    }

    public RuleBasedLeadRouter Router { get; }
    public RoutingContext Context { get; }
    public Random Random { get; }

    /// <summary><see cref="Count"/> random accounts the leads are built from.</summary>
    public Account[] Accounts { get; }

    public static Lead LeadFor(int i, string email, Account account) => new()
    {
        Id = $"bench-{i}",
        Email = email,
        Industry = account.Industry,
        EmployeeCount = account.EmployeeCount,
        Score = 40 + (i % 60),
        IntentSignals = [(IntentSignal)(i % 9)],
        TimeZone = "Europe/Paris",
        PreferredLanguage = "en",
    };

    /// <summary>The lead placed in a random territory's country, region and department.</summary>
    public Lead Placed(Lead lead)
    {
        var t = _places[Random.Next(_places.Length)].Criteria;
        return lead with { Country = t.Countries.FirstOrDefault(), Region = t.Regions.FirstOrDefault(), Department = t.Departments.FirstOrDefault() };
    }
}
