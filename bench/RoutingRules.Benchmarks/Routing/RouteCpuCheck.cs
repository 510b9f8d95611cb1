using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Rules;

namespace RoutingRules.Benchmarks.Routing;

/// <summary>
/// The whole in-process route (<c>-- quick-route</c>): <see cref="RuleBasedLeadRouter.Route(Lead, RoutingContext)"/>
/// as the routing thread runs it, timed with the thread's own CPU clock, with the bytes it
/// allocates. First route-load.sh's lead (bench/lib/server-load.sh) on the demo dataset against a
/// live state holding its previous decision, then the leads of <see cref="RouteBenchmarks"/> on
/// the generated dataset (those of <c>quick-session</c>, then the misspelled names), last a lead of
/// a demo account that already received 10, 100 or 1,000 leads within the high-activity window (a
/// burst: a trade-show list, a webinar's attendees), and route-load's lead when its territory has
/// 50, 200 or 800 more members, half of them away (a large inside-sales pool). Linux only.
/// </summary>
public static class RouteCpuCheck
{
    private const int WarmRounds = 30;

    public static void Run(int rounds = 80)
    {
        var router = RoutingRuleSet.Compile().CreateRouter();
        var (loadLead, loadContext) = RoutedLoadTestLead(router);
        Report("route-load lead (demo dataset)", router, Enumerable.Repeat((loadLead, loadContext), 1024).ToArray(), rounds);

        var inputs = new RoutingBenchmarkInputs(seed: 7);
        var leads = new List<(Lead, RoutingContext)>();
        for (var i = 0; i < inputs.Accounts.Length; i++)
        {
            var account = inputs.Accounts[i];
            leads.Add((inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, "jane@" + account.Domains[0], account)), inputs.Context));
            leads.Add((inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, $"joe@unknown-{i}.example", account)), inputs.Context));
            leads.Add((inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, "joe@gmail.com", account) with { CompanyName = account.Name.ToUpperInvariant() }), inputs.Context));
        }

        Report("RouteBenchmarks leads (generated dataset)", router, leads.ToArray(), rounds);

        // RouteBenchmarks.FreeMailFuzzyName: a misspelled company name behind a free-mail address.
        var fuzzy = inputs.Accounts
            .Select((a, i) => (inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, "joe@gmail.com", a) with { CompanyName = Misspell(a.Name, inputs.Random) }), inputs.Context))
            .ToArray();
        Report("misspelled company names (generated dataset)", router, fuzzy, rounds);

        foreach (var earlier in new[] { 10, 100, 1_000 })
        {
            var (burstLead, burstContext) = LeadOfBusyAccount(router, earlier);
            Report($"a lead of an account with {earlier} leads in the window (demo dataset)", router, Enumerable.Repeat((burstLead, burstContext), 64).ToArray(), rounds);
        }

        foreach (var extra in new[] { 50, 200, 800 })
        {
            var context = InLargeTerritory(extra);
            Report($"route-load lead, its territory with {extra} more members (demo dataset)", router, Enumerable.Repeat((LoadTestLead.Create(), context), 64).ToArray(), rounds);
        }
    }

    /// <summary>The demo dataset with <paramref name="extra"/> more members in route-load's territory (Paris), every other one away.</summary>
    private static RoutingContext InLargeTerritory(int extra)
    {
        var dataset = LoadTestLead.DemoDataset();
        var paris = dataset.Territories.First(t => t.Id == "ter-paris");
        var template = dataset.Reps.First(r => r.Id == paris.MemberRepIds[0]);
        var added = Enumerable.Range(0, extra)
            .Select(i => template with { Id = $"pool-{i}", Name = $"Pool {i}", Status = i % 2 == 0 ? template.Status : RepStatus.Away })
            .ToList();
        dataset = dataset with
        {
            Reps = [.. dataset.Reps, .. added],
            Territories = dataset.Territories.Select(t => t.Id == paris.Id ? t with { MemberRepIds = [.. t.MemberRepIds, .. added.Select(r => r.Id)] } : t).ToList(),
        };
        var snapshot = ReferenceSnapshot.Build(dataset);
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var state = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(24));
        state.Prepare(snapshot, now);
        return new RoutingContext(snapshot, state, now);
    }

    /// <summary>
    /// A new lead of the demo's Acme Corp and a context whose live state holds <paramref name="earlier"/>
    /// decisions of Acme leads routed in the minutes before, each applied as the service applies it.
    /// </summary>
    private static (Lead Lead, RoutingContext Context) LeadOfBusyAccount(RuleBasedLeadRouter router, int earlier)
    {
        var snapshot = ReferenceSnapshot.Build(LoadTestLead.DemoDataset());
        var start = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var state = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(24));
        for (var i = 1; i <= earlier; i++)
        {
            var at = start.AddSeconds(i);
            state.Prepare(snapshot, at);
            var outcome = router.Route(AcmeLead($"burst-{i}", at), new RoutingContext(snapshot, state, at));
            var decision = new CommittedDecision { DecisionId = $"burst-decision-{i}", Sequence = i, IdempotencyKey = $"burst-{i}", DecidedAt = at, Decision = outcome.Decision };
            state.Apply(new DecisionCommit(decision, outcome.Changes, superseded: null, outcome.Trace));
        }

        var now = start.AddSeconds(earlier + 1);
        state.Prepare(snapshot, now);
        return (AcmeLead("burst-new", now), new RoutingContext(snapshot, state, now));
    }

    private static Lead AcmeLead(string id, DateTimeOffset at) => new()
    {
        Id = id, Email = $"{id}@acmecorp.com", CompanyName = "Acme Corp", Country = "FR", SubmittedAt = at,
        IntentSignals = [IntentSignal.DemoRequest],
    };

    private static string Misspell(string name, Random random)
    {
        var chars = name.ToCharArray();
        var i = 1 + random.Next(chars.Length - 2);
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return new string(chars);
    }

    /// <summary>route-load.sh's lead and a context whose live state holds its previous decision, as in the load test.</summary>
    internal static (Lead Lead, RoutingContext Context) RoutedLoadTestLead(RuleBasedLeadRouter router)
    {
        var dataset = LoadTestLead.DemoDataset();
        var snapshot = ReferenceSnapshot.Build(dataset);
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var lead = LoadTestLead.Create();

        var state = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(24));
        state.Prepare(snapshot, now);
        var context = new RoutingContext(snapshot, state, now);
        var outcome = router.Route(lead, context);
        var decision = new CommittedDecision
        {
            DecisionId = "bench-decision-1",
            Sequence = 1,
            IdempotencyKey = "bench-key-1",
            DecidedAt = now,
            Decision = outcome.Decision,
        };
        state.Apply(new DecisionCommit(decision, outcome.Changes, superseded: null, outcome.Trace));
        return (lead, context);
    }

    private static void Report(string name, RuleBasedLeadRouter router, (Lead Lead, RoutingContext Context)[] leads, int rounds)
    {
        var fired = 0L;
        var measured = CpuRounds.Measure(rounds, WarmRounds, leads.Length, () =>
        {
            foreach (var (lead, context) in leads)
            {
                fired += router.Route(lead, context).Trace.FiredRules.Count;
            }
        });

        Console.WriteLine(
            $"{name}: routing thread CPU per route over {measured.Count} rounds of {leads.Length} leads: " +
            $"{measured.Describe("F2")}; {fired / rounds / leads.Length} firings per route");
    }
}
