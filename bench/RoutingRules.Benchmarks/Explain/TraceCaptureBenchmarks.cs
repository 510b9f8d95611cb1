using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RoutingRules.Benchmarks.Store;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Rules;

namespace RoutingRules.Benchmarks.Explain;

/// <summary>
/// What capturing the decision trace costs: in-process route of the same leads with and without
/// the trace (target: capture adds &lt;= 20 %), on the generated 100,000-account dataset. The
/// structured details are assembled when the trace is first read; <c>...TraceStored</c> adds that
/// and the JSON the commit path writes, and <c>RenderOpsFrench</c> renders a stored trace.
/// Each kind of lead cycles through 256 inputs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TraceCaptureBenchmarks
{
    private const int Inputs = 256;

    private RuleBasedLeadRouter _router = null!;
    private RoutingContext _context = null!;
    private Lead[] _account = [];
    private Lead[] _territory = [];
    private RoutingOutcome[] _routed = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = BenchmarkDatasets.Large;
        var snapshot = ReferenceSnapshot.Build(dataset);
        _router = RoutingRuleSet.Compile().CreateRouter();
        _context = new RoutingContext(snapshot, new InMemoryLiveState(snapshot), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));
        var random = new Random(11);
        var places = dataset.Territories.Where(t => t.Criteria.Regions.Count > 0).ToArray();
        var accounts = Enumerable.Range(0, Inputs).Select(_ => dataset.Accounts[random.Next(dataset.Accounts.Count)]).ToArray();
        _account = accounts.Select((a, i) => Place(Lead(i, "jane@" + a.Domains[0], a), places, random)).ToArray();
        _territory = accounts.Select((a, i) => Place(Lead(i, $"joe@unknown-{i}.example", a), places, random)).ToArray();
        _routed = _account.Select(l => _router.Route(l, _context)).ToArray();
    }

    [BenchmarkCategory("Account"), Benchmark(Baseline = true)]
    public RoutingOutcome AccountWithoutTrace() => _router.Route(_account[Next()], _context, captureTrace: false);

    [BenchmarkCategory("Account"), Benchmark]
    public RoutingOutcome AccountWithTrace() => _router.Route(_account[Next()], _context, captureTrace: true);

    [BenchmarkCategory("Account"), Benchmark]
    public string AccountWithTraceStored() => TraceJson.Serialize(_router.Route(_account[Next()], _context, captureTrace: true).Trace);

    [BenchmarkCategory("Territory"), Benchmark(Baseline = true)]
    public RoutingOutcome TerritoryWithoutTrace() => _router.Route(_territory[Next()], _context, captureTrace: false);

    [BenchmarkCategory("Territory"), Benchmark]
    public RoutingOutcome TerritoryWithTrace() => _router.Route(_territory[Next()], _context, captureTrace: true);

    [BenchmarkCategory("Territory"), Benchmark]
    public string TerritoryWithTraceStored() => TraceJson.Serialize(_router.Route(_territory[Next()], _context, captureTrace: true).Trace);

    [BenchmarkCategory("Render"), Benchmark]
    public Explanation RenderOpsFrench()
    {
        var outcome = _routed[Next()];
        return ExplanationRenderer.Render(outcome.Decision, outcome.Trace, ExplanationAudience.Ops, "fr");
    }

    private int Next() => _next = (_next + 1) & (Inputs - 1);

    private static Lead Lead(int i, string email, Account account) => new()
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

    private static Lead Place(Lead lead, Territory[] places, Random random)
    {
        var t = places[random.Next(places.Length)].Criteria;
        return lead with { Country = t.Countries.FirstOrDefault(), Region = t.Regions.FirstOrDefault(), Department = t.Departments.FirstOrDefault() };
    }
}
