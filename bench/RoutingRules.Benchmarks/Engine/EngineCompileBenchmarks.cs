using BenchmarkDotNet.Attributes;
using RoutingRules.Engine;

namespace RoutingRules.Benchmarks.Engine;

/// <summary>
/// W3: loading and compiling generated rule sets (rules sharing conditions, or each with one of its
/// own), and a session over 100 facts on the compiled set.
/// Conditions compile to delegates lazily, so <see cref="W3_CompileAndFirstSession"/> shows the
/// full cost of a cold start; <see cref="W3_LoadAndCompileEager"/> compiles every expression up front.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class EngineCompileBenchmarks
{
    private ISessionFactory _factory = null!;
    private object[] _facts = null!;

    [Params(100, 1000)]
    public int RuleCount { get; set; }

    /// <summary>When set, every rule has a condition of its own (<see cref="DistinctGeneratedRule"/>).</summary>
    [Params(false, true)]
    public bool Distinct { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = Compile();
        var leads = Enumerable.Range(0, 50).Select(i => new WorkloadW.Lead(i, $"d{i % 60}", i * 2 % 100));
        var accounts = Enumerable.Range(0, 50).Select(i => new WorkloadW.Account(i, $"d{i}"));
        _facts = [.. leads, .. accounts];
        _ = W3_FireOn100Facts();
    }

    [Benchmark]
    public ISessionFactory W3_LoadAndCompile() => Compile();

    [Benchmark]
    public int W3_CompileAndFirstSession() => Run(Compile());

    [Benchmark]
    public ISessionFactory W3_LoadAndCompileEager() => Compile(eager: true);

    [Benchmark]
    public int W3_FireOn100Facts() => Run(_factory);

    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        foreach (var fact in _facts)
        {
            session.Insert(fact);
        }

        return session.Fire();
    }

    private ISessionFactory Compile(bool eager = false)
    {
        var repository = new RuleRepository();
        repository.Load(Enumerable.Range(0, RuleCount).Select(i => Distinct ? (Rule)new DistinctGeneratedRule(i) : new GeneratedRule(i)));
        return repository.Compile(eager);
    }
}
