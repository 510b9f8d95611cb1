using BenchmarkDotNet.Attributes;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Benchmarks.Routing;

/// <summary>
/// In-process RouteLead: fact gathering, one engine session with the full rule set, decision
/// and trace, on the generated 100,000-account dataset (target median &lt;= 100 us). Each kind of
/// lead cycles through 256 different inputs so no single path is flattered by caches.
/// </summary>
[MemoryDiagnoser]
public class RouteBenchmarks
{
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
        var inputs = new RoutingBenchmarkInputs(seed: 7);
        (_router, _context) = (inputs.Router, inputs.Context);
        var accounts = inputs.Accounts;
        _knownDomain = accounts.Select((a, i) => inputs.Placed(Lead(i, "jane@" + a.Domains[0], null, a))).ToArray();
        _unknownDomain = accounts.Select((a, i) => inputs.Placed(Lead(i, $"joe@unknown-{i}.example", null, a))).ToArray();
        _freeMailByName = accounts.Select((a, i) => inputs.Placed(Lead(i, "joe@gmail.com", a.Name.ToUpperInvariant(), a))).ToArray();
        _freeMailFuzzy = accounts.Select((a, i) => inputs.Placed(Lead(i, "joe@gmail.com", Misspell(a.Name, inputs.Random), a))).ToArray();
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

    private int Next() => _next = (_next + 1) & (RoutingBenchmarkInputs.Count - 1);

    private static Lead Lead(int i, string email, string? company, Account account) =>
        RoutingBenchmarkInputs.LeadFor(i, email, account) with { CompanyName = company, EstimatedDealValue = (i % 4) * 20_000 };

    private static string Misspell(string name, Random random)
    {
        var chars = name.ToCharArray();
        var i = 1 + random.Next(chars.Length - 2);
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return new string(chars);
    }
}
