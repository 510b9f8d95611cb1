using BenchmarkDotNet.Attributes;
using RoutingRules.Engine;

namespace RoutingRules.Benchmarks.Engine;

/// <summary>
/// W1: a session per request (1 lead + 20 accounts, fire), 10,000 requests per invocation, so the
/// reported time and allocation are per session. W2: one session with 10,000 leads + 1,000 accounts.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class EngineWorkloadBenchmarks
{
    private const int Requests = 10_000;
    private ISessionFactory _factory = null!;
    private WorkloadW.Lead[] _leads = null!;
    private WorkloadW.Account[] _accounts = null!;
    private WorkloadW.Account[][] _requestAccounts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _factory = WorkloadW.Compile();
        _leads = WorkloadW.Leads(Requests);
        _accounts = WorkloadW.Accounts();
        _requestAccounts = new WorkloadW.Account[Requests][];
        for (var i = 0; i < Requests; i++)
        {
            var own = i % 2000;
            var picked = new List<WorkloadW.Account>(20);
            if (own < 1000)
            {
                picked.Add(_accounts[own]);
            }

            for (var k = 1; picked.Count < 20; k++)
            {
                var other = (own + (k * 37)) % 1000;
                if (other != own)
                {
                    picked.Add(_accounts[other]);
                }
            }

            _requestAccounts[i] = [.. picked];
        }
    }

    [Benchmark(OperationsPerInvoke = Requests)]
    public int W1_SessionPerRequest()
    {
        var fired = 0;
        for (var i = 0; i < Requests; i++)
        {
            var session = _factory.CreateSession();
            session.Insert(_leads[i]);
            foreach (var account in _requestAccounts[i])
            {
                session.Insert(account);
            }

            fired += session.Fire();
        }

        return fired;
    }

    [Benchmark]
    public int W2_OneSessionAllFacts()
    {
        var session = _factory.CreateSession();
        foreach (var lead in _leads)
        {
            session.Insert(lead);
        }

        foreach (var account in _accounts)
        {
            session.Insert(account);
        }

        return session.Fire();
    }
}
