using BenchmarkDotNet.Attributes;
using RoutingRules.Benchmarks.Store;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Rules;

namespace RoutingRules.Benchmarks.Routing;

/// <summary>
/// In-process RouteLead: fact gathering, one engine session with the full rule set, decision
/// and trace, on the generated 100,000-account dataset (target median &lt;= 100 us). Each kind of
/// lead cycles through 256 different inputs so no single path is flattered by caches.
/// </summary>
[MemoryDiagnoser]
public class RouteBenchmarks
{
    private const int Inputs = 256;

    private RuleBasedLeadRouter _router = null!;
    private RoutingContext _context = null!;
    private Lead[] _knownDomain = [];
    private Lead[] _unknownDomain = [];
    private Lead[] _freeMailByName = [];
    private Lead[] _freeMailFuzzy = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = BenchmarkDatasets.Large;
        var snapshot = ReferenceSnapshot.Build(dataset);
        _router = RoutingRuleSet.Compile().CreateRouter();
        _context = new RoutingContext(snapshot, new InMemoryLiveState(snapshot), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));
        var random = new Random(7);
        var places = dataset.Territories.Where(t => t.Criteria.Regions.Count > 0).ToArray();
        var accounts = Enumerable.Range(0, Inputs).Select(_ => dataset.Accounts[random.Next(dataset.Accounts.Count)]).ToArray();
        _knownDomain = accounts.Select((a, i) => Place(Lead(i, "jane@" + a.Domains[0], null, a), places, random)).ToArray();
        _unknownDomain = accounts.Select((a, i) => Place(Lead(i, $"joe@unknown-{i}.example", null, a), places, random)).ToArray();
        _freeMailByName = accounts.Select((a, i) => Place(Lead(i, "joe@gmail.com", a.Name.ToUpperInvariant(), a), places, random)).ToArray();
        _freeMailFuzzy = accounts.Select((a, i) => Place(Lead(i, "joe@gmail.com", Misspell(a.Name, random), a), places, random)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public RoutingOutcome KnownDomain() => _router.Route(_knownDomain[Next()], _context);

    /// <summary>The same leads with nobody listening to the engine (no trace): what capturing costs.</summary>
    [Benchmark]
    public RoutingOutcome KnownDomainWithoutTrace() => _router.Route(_knownDomain[Next()], _context, captureTrace: false);

    [Benchmark]
    public RoutingOutcome UnknownDomainTerritory() => _router.Route(_unknownDomain[Next()], _context);

    [Benchmark]
    public RoutingOutcome FreeMailCompanyName() => _router.Route(_freeMailByName[Next()], _context);

    [Benchmark]
    public RoutingOutcome FreeMailFuzzyName() => _router.Route(_freeMailFuzzy[Next()], _context);

    private int Next() => _next = (_next + 1) & (Inputs - 1);

    private static Lead Lead(int i, string email, string? company, Account account) => new()
    {
        Id = $"bench-{i}",
        Email = email,
        CompanyName = company,
        Industry = account.Industry,
        EmployeeCount = account.EmployeeCount,
        Score = 40 + (i % 60),
        EstimatedDealValue = (i % 4) * 20_000,
        IntentSignals = [(IntentSignal)(i % 9)],
        TimeZone = "Europe/Paris",
        PreferredLanguage = "en",
    };

    private static Lead Place(Lead lead, Territory[] places, Random random)
    {
        var t = places[random.Next(places.Length)].Criteria;
        return lead with { Country = t.Countries.FirstOrDefault(), Region = t.Regions.FirstOrDefault(), Department = t.Departments.FirstOrDefault() };
    }

    private static string Misspell(string name, Random random)
    {
        var chars = name.ToCharArray();
        var i = 1 + random.Next(chars.Length - 2);
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return new string(chars);
    }
}
