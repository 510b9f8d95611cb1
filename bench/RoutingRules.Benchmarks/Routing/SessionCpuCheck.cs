using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Engine;
using RoutingRules.Rules;

namespace RoutingRules.Benchmarks.Routing;

/// <summary>
/// The engine session of a routed lead alone (<c>-- quick-session</c>): the facts of 768 leads
/// (known domain, territory, exact company name, as in <see cref="RouteBenchmarks"/>) are gathered
/// once, then each round runs a session per lead as the router does (create, insert, trace
/// capture, fire, query, dispose), timed with the thread's own CPU clock so that other processes
/// on the cores move the figure less than a wall clock. Linux only.
/// </summary>
public static class SessionCpuCheck
{
    private const int WarmRounds = 20;

    public static void Run(int rounds = 120)
    {
        var inputs = new RoutingBenchmarkInputs(seed: 7);
        var factory = RoutingRuleSet.Compile().Factory;
        var leads = new List<Lead>();
        for (var i = 0; i < inputs.Accounts.Length; i++)
        {
            var account = inputs.Accounts[i];
            leads.Add(inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, "jane@" + account.Domains[0], account)));
            leads.Add(inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, $"joe@unknown-{i}.example", account)));
            leads.Add(inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, "joe@gmail.com", account) with { CompanyName = account.Name.ToUpperInvariant() }));
        }

        var gathered = leads.Select(lead => RoutingFactGatherer.Gather(lead, inputs.Context)).ToArray();
        var cpu = new List<double>();
        var bytes = new List<long>();
        var fired = 0;
        for (var round = 0; round < rounds; round++)
        {
            var startCpu = ThreadCpuClock.Nanoseconds();
            var startBytes = GC.GetAllocatedBytesForCurrentThread();
            foreach (var facts in gathered)
            {
                fired += Session(factory, facts);
            }

            if (round >= WarmRounds)
            {
                cpu.Add((ThreadCpuClock.Nanoseconds() - startCpu) / 1000.0 / gathered.Length);
                bytes.Add((GC.GetAllocatedBytesForCurrentThread() - startBytes) / gathered.Length);
            }
        }

        cpu.Sort();
        Console.WriteLine(
            $"routing thread CPU per engine session over {cpu.Count} rounds of {gathered.Length} leads: " +
            $"median {cpu[cpu.Count / 2]:F2} us, min {cpu[0]:F2} us, max {cpu[^1]:F2} us; " +
            $"allocated {bytes.Order().ElementAt(bytes.Count / 2)} B; {fired / rounds / gathered.Length} firings per session");
    }

    private static int Session(ISessionFactory factory, List<object> facts)
    {
        using var session = factory.CreateSession();
        session.InsertAll(facts);
        _ = new DecisionTraceCapture(session.Events, facts);
        var fired = session.Fire(10_000);
        return session.Query<object>().Count > 0 ? fired : 0;
    }
}
