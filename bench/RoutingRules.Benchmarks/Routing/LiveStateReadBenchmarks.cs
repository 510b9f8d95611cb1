using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Escalation;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Benchmarks.Routing;

/// <summary>
/// What the live-state reads of the SLA sweep and of GetRoutingHealth hold the routing gate for
/// (RouteLead waits meanwhile): a live state of <see cref="DecisionsInForce"/> decisions (seven in
/// ten assigned to a rep and unacknowledged, their escalation times spread over the next day; the
/// rest acknowledged or queued, and those with a closed outcome, one in four converted, for the
/// health's conversion counting over 500 reps, the lead sources and segments), 256 of them overdue.
/// <para>
/// Sweep: <see cref="ScanEveryDecision"/> is the read the sweep made before the live state kept
/// its escalation schedule (every decision in force tested, the due ones sorted), kept as the
/// baseline; <see cref="DueForEscalation"/> is the schedule's read. Both return the same 256
/// decisions and change nothing, so every invocation reads the same.
/// </para>
/// <para>
/// Health: <see cref="HealthMeasuredWhole"/> is the whole measurement, which the gate held until
/// the counting moved outside it; <see cref="HealthReadUnderGate"/> is the copy it holds now.
/// </para>
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class LiveStateReadBenchmarks
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
                // Never on an overdue one: a closed outcome takes a decision off the escalation schedule.
                Outcome = kind >= 7 && !overdue
                    ? new RecordedOutcome(i % 4 == 0 ? LeadOutcome.Converted : LeadOutcome.ClosedLost, Now.AddMinutes(-10), Now.AddMinutes(-10))
                    : null,
                Decision = new RoutingDecision
                {
                    LeadId = $"L{i + 1}", Assignee = assignee, Level = RoutingLevel.Territory, Treatment = Treatment.SdrQualification,
                    RespondBy = escalateAt, EscalateAt = escalateAt, Reason = "benchmark", RuleSetVersion = "v",
                    Source = (LeadSource)(i % 9), Segment = (Segment)(i % 3),
                },
            };
        }

        _live = new LiveState(new LiveStateData { ActiveDecisions = decisions, LastSequence = decisions.Length }, TimeSpan.FromHours(24));
        if (ScanEveryDecision().Count != Due || DueForEscalation().Count != Due)
        {
            throw new InvalidOperationException($"Expected {Due} decisions due.");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Sweep")]
    public List<CommittedDecision> ScanEveryDecision() =>
        _live.ActiveDecisions.Where(d => SlaEscalator.IsDue(d, Now)).OrderBy(d => d.Decision.EscalateAt).ThenBy(d => d.Sequence).Take(Due).ToList();

    [Benchmark, BenchmarkCategory("Sweep")]
    public List<CommittedDecision> DueForEscalation() => _live.DueForEscalation(Now, Due);

    [Benchmark(Baseline = true), BenchmarkCategory("Health")]
    public RoutingHealth HealthMeasuredWhole() => RoutingHealthMeter.Measure(_live, ReferenceSnapshot.Empty, Now, RoutingHealthMeter.DefaultWindow);

    [Benchmark, BenchmarkCategory("Health")]
    public HealthReading HealthReadUnderGate() => RoutingHealthMeter.Read(_live, ReferenceSnapshot.Empty);
}
