using System.Buffers;
using System.Runtime.InteropServices;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Counts SLA compliance in <see cref="RoutingHealthMeter"/>'s pass over the decisions in force of
/// the window, one <see cref="Count"/> each. The live state keeps no superseded decision, so the
/// measure is of what a decision in force says:
/// <list type="bullet">
/// <item>a decision in force that gave the lead to a rep is met when the rep acknowledged it by its
/// respond-by, missed when acknowledged after it or still unacknowledged once it passed, pending
/// while unacknowledged and not yet due (left out of the rate); a queue's decision is not counted;</item>
/// <item>an SLA escalation is also a miss of the rep it took the lead from (nobody acted by the
/// escalation time, which is not before the respond-by): counted overall and for the territory
/// and treatment it carried over, for no rep, since that rep is named in the log, not in the
/// decision in force; a lead escalated twice counts its last escalation;</item>
/// <item>the assignment a reroute or a manual assignment replaced is not counted, whatever its
/// fate: neither its acknowledgement nor its respond-by is kept.</item>
/// </list>
/// One dictionary entry per rep, territory and treatment; acknowledgement times are kept as ticks
/// for exact percentiles, in a rented buffer: as a list, a million decisions acknowledged would
/// leave its 16 MB of growth to the collector at every health call.
/// </summary>
internal sealed class SlaComplianceTally
{
    private readonly Dictionary<string, Tally> _reps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _territories = new(StringComparer.Ordinal);
    private readonly Dictionary<Treatment, Tally> _treatments = [];
    private long[] _acknowledgeTicks = ArrayPool<long>.Shared.Rent(1024);
    private int _acknowledged;
    private Tally _overall;

    private enum Outcome
    {
        Met,
        Missed,
        Pending,
    }

    /// <summary>Counts <paramref name="active"/>, a decision in force made in the window, as of <paramref name="now"/>.</summary>
    public void Count(CommittedDecision active, DateTimeOffset now)
    {
        var decision = active.Decision;
        if ((decision.Flags & RoutingFlags.SlaEscalated) != 0)
        {
            Add(Outcome.Missed, decision, rep: null);
        }

        if (decision.Assignee.RepId is null)
        {
            return;
        }

        Outcome outcome;
        if (active.AcknowledgedAt is { } acknowledged)
        {
            outcome = acknowledged <= decision.RespondBy ? Outcome.Met : Outcome.Missed;
            KeepAcknowledgeTime(Math.Max(0, (acknowledged - active.DecidedAt).Ticks));
        }
        else
        {
            outcome = now > decision.RespondBy ? Outcome.Missed : Outcome.Pending;
        }

        Add(outcome, decision, decision.Assignee);
    }

    /// <summary>The counts so far; once only, as it gives the tally's buffer back.</summary>
    public SlaCompliance Result()
    {
        var ticks = _acknowledgeTicks.AsSpan(0, _acknowledged);
        ticks.Sort();
        var median = NearestRank(ticks, 0.50);
        var p90 = NearestRank(ticks, 0.90);
        ArrayPool<long>.Shared.Return(_acknowledgeTicks);
        _acknowledgeTicks = [];
        return new SlaCompliance
        {
            Overall = _overall.Counts,
            Acknowledged = _acknowledged,
            AcknowledgeMedian = median,
            AcknowledgeP90 = p90,
            ByRep = WorstFirst(_reps.Select(r => new SlaComplianceRow(r.Key, r.Value.Name ?? r.Key, null, r.Value.Counts))),
            ByTerritory = WorstFirst(_territories.Select(t => new SlaComplianceRow(t.Key, t.Value.Name ?? t.Key, null, t.Value.Counts))),
            ByTreatment = WorstFirst(_treatments.Select(t => new SlaComplianceRow(string.Empty, string.Empty, t.Key, t.Value.Counts))),
        };
    }

    private void KeepAcknowledgeTime(long ticks)
    {
        if (_acknowledged == _acknowledgeTicks.Length)
        {
            var larger = ArrayPool<long>.Shared.Rent(_acknowledged * 2);
            _acknowledgeTicks.AsSpan().CopyTo(larger);
            ArrayPool<long>.Shared.Return(_acknowledgeTicks);
            _acknowledgeTicks = larger;
        }

        _acknowledgeTicks[_acknowledged++] = ticks;
    }

    private void Add(Outcome outcome, RoutingDecision decision, Assignee? rep)
    {
        _overall.Add(outcome, null);
        if (rep?.RepId is { } repId)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_reps, repId, out _).Add(outcome, rep.RepName ?? repId);
        }

        if (decision.TerritoryId is { } territoryId)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_territories, territoryId, out _).Add(outcome, decision.TerritoryName ?? territoryId);
        }

        CollectionsMarshal.GetValueRefOrAddDefault(_treatments, decision.Treatment, out _).Add(outcome, null);
    }

    private static TimeSpan NearestRank(ReadOnlySpan<long> sorted, double quantile) =>
        sorted.IsEmpty ? TimeSpan.Zero : TimeSpan.FromTicks(sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)]);

    private static List<SlaComplianceRow> WorstFirst(IEnumerable<SlaComplianceRow> rows) =>
        [.. rows
            .OrderBy(r => r.Counts.ComplianceRate ?? double.PositiveInfinity)
            .ThenByDescending(r => r.Counts.Missed)
            .ThenBy(r => r.Treatment)
            .ThenBy(r => r.Id, StringComparer.Ordinal)];

    private struct Tally
    {
        public string? Name;
        public int Met;
        public int Missed;
        public int Pending;

        public readonly SlaCounts Counts => new(Met, Missed, Pending);

        // The first name seen stays: one rep or territory, renamed within the window, keeps one row.
        public void Add(Outcome outcome, string? name)
        {
            Name ??= name;
            switch (outcome)
            {
                case Outcome.Met:
                    Met++;
                    break;
                case Outcome.Missed:
                    Missed++;
                    break;
                default:
                    Pending++;
                    break;
            }
        }
    }
}
