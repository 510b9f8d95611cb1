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
        var fired = 0;
        var measured = CpuRounds.Measure(rounds, WarmRounds, gathered.Length, () =>
        {
            foreach (var facts in gathered)
            {
                fired += Session(factory, facts);
            }
        });

        Console.WriteLine(
            $"routing thread CPU per engine session over {measured.Count} rounds of {gathered.Length} leads: " +
            $"{measured.Describe("F2")}; {fired / rounds / gathered.Length} firings per session");
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
