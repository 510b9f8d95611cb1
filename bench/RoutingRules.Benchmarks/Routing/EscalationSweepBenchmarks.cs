using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Escalation;

namespace RoutingRules.Benchmarks.Routing;

/// <summary>
/// What an SLA sweep holds the routing gate for while it reads the leads due: a live state of
/// <see cref="DecisionsInForce"/> decisions (seven in ten assigned to a rep and unacknowledged,
/// their escalation times spread over the next day; the rest acknowledged or queued), 256 of
/// them overdue. <see cref="ScanEveryDecision"/> is the read the sweep made before the live state
/// kept its escalation schedule (every decision in force tested, the due ones sorted), kept as
/// the baseline; <see cref="DueForEscalation"/> is the schedule's read. Both return the same 256
/// decisions, and neither changes the state, so every invocation reads the same.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class EscalationSweepBenchmarks
{
    private const int Due = 256;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private LiveState _live = new(LiveStateData.Empty, TimeSpan.FromHours(24));

    [Params(100_000, 1_000_000)]
    public int DecisionsInForce { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        var decisions = new CommittedDecision[DecisionsInForce];
        var stride = DecisionsInForce / Due;
        for (var i = 0; i < decisions.Length; i++)
        {
            var overdue = i % stride == 0 && i < stride * Due;
            var kind = random.Next(10);
            var assignee = kind == 9 && !overdue ? Assignee.ForQueue("pool") : Assignee.ForRep($"rep-{i % 500}", "Rep");
            var escalateAt = overdue ? Now.AddMinutes(-1 - random.Next(60)) : Now.AddSeconds(1 + random.Next(86_400));
            decisions[i] = new CommittedDecision
            {
                DecisionId = $"d{i + 1}",
                Sequence = i + 1,
                IdempotencyKey = $"L{i + 1}",
                DecidedAt = Now.AddHours(-1),
                AcknowledgedAt = kind is 7 or 8 && !overdue ? Now.AddMinutes(-30) : null,
                Decision = new RoutingDecision
                {
                    LeadId = $"L{i + 1}", Assignee = assignee, Level = RoutingLevel.Territory, Treatment = Treatment.SdrQualification,
                    RespondBy = escalateAt, EscalateAt = escalateAt, Reason = "benchmark", RuleSetVersion = "v",
                },
            };
        }

        _live = new LiveState(new LiveStateData { ActiveDecisions = decisions, LastSequence = decisions.Length }, TimeSpan.FromHours(24));
        if (ScanEveryDecision().Count != Due || DueForEscalation().Count != Due)
        {
            throw new InvalidOperationException($"Expected {Due} decisions due.");
        }
    }

    [Benchmark(Baseline = true)]
    public List<CommittedDecision> ScanEveryDecision() =>
        _live.ActiveDecisions.Where(d => SlaEscalator.IsDue(d, Now)).OrderBy(d => d.Decision.EscalateAt).ThenBy(d => d.Sequence).Take(Due).ToList();

    [Benchmark]
    public List<CommittedDecision> DueForEscalation() => _live.DueForEscalation(Now, Due);
}
