using RoutingRules.Benchmarks.Routing;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules;

namespace RoutingRules.Benchmarks.Explain;

/// <summary>
/// What storing a fresh trace costs the thread that encodes it (<c>-- quick-trace</c>): the pool
/// work item that publishes a routed chunk, or the commit thread when it gets there first. Each
/// round routes route-load.sh's lead (untimed), then encodes the fresh traces with
/// <see cref="TraceBinary.Encode"/> with a vocabulary of the rule set's rule names, as the
/// server's decision log gives it, which first assembles the trace's details from what the
/// session captured; timed with the thread's own CPU clock. Then the two halves apart, each on
/// fresh traces: assembling the details, and writing traces whose details are assembled. Linux only.
/// </summary>
public static class TraceEncodeCpuCheck
{
    private const int WarmRounds = 30;
    private const int TracesPerRound = 512;

    public static void Run(int rounds = 100)
    {
        var router = RoutingRuleSet.Compile().CreateRouter();
        var vocabulary = new TraceVocabulary(router.RuleNames);
        var (lead, context) = RouteCpuCheck.RoutedLoadTestLead(router);
        var traces = new RoutingTrace[TracesPerRound];
        var bytes = 0L;
        var measured = CpuRounds.Measure(
            rounds,
            WarmRounds,
            TracesPerRound,
            timed: () =>
            {
                foreach (var trace in traces)
                {
                    bytes += TraceBinary.Encode(trace, vocabulary).Length;
                }
            },
            prepare: _ => Route(router, lead, context, traces));

        Console.WriteLine(
            $"route-load lead: CPU per trace encoded over {measured.Count} rounds of {TracesPerRound}: " +
            $"{measured.Describe("F2")}; {bytes / rounds / TracesPerRound} bytes stored per trace");

        // The two halves of the above, each on fresh traces: assembling the details from the
        // capture, then writing traces whose details are assembled already.
        var assembled = CpuRounds.Measure(
            rounds,
            WarmRounds,
            TracesPerRound,
            timed: () =>
            {
                foreach (var trace in traces)
                {
                    GC.KeepAlive(trace.Details);
                }
            },
            prepare: _ => Route(router, lead, context, traces));
        var written = CpuRounds.Measure(
            rounds,
            WarmRounds,
            TracesPerRound,
            timed: () =>
            {
                foreach (var trace in traces)
                {
                    TraceBinary.Encode(trace, vocabulary);
                }
            },
            prepare: _ =>
            {
                Route(router, lead, context, traces);
                foreach (var trace in traces)
                {
                    GC.KeepAlive(trace.Details);
                }
            });
        Console.WriteLine($"  of which assembling the details: {assembled.Describe("F2")}");
        Console.WriteLine($"  of which writing assembled details: {written.Describe("F2")}");
    }

    private static void Route(RuleBasedLeadRouter router, Lead lead, RoutingContext context, RoutingTrace[] traces)
    {
        for (var i = 0; i < traces.Length; i++)
        {
            traces[i] = router.Route(lead, context).Trace;
        }
    }
}
