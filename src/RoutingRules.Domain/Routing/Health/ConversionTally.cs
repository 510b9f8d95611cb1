using System.Runtime.InteropServices;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Counts what became of the leads in <see cref="RoutingHealthMeter"/>'s pass over the decisions in
/// force of the window, one <see cref="Count"/> each. A decision counts when its outcome is closed
/// (converted, closed lost, disqualified, nurture; RecordOutcome): an open one, reopened or never
/// reported, has no result yet. The live state keeps no superseded decision, so an outcome recorded
/// on a decision a reroute, an escalation or a manual assignment replaced is not counted: it was
/// the result of a routing no longer in force. One dictionary entry per territory, level, source,
/// segment and rep, updated in place: a decision adds up to five updates and no allocation once its
/// groups' entries exist, so the cost follows the decisions with an outcome, and the memory the
/// number of groups, not of decisions.
/// </summary>
internal sealed class ConversionTally
{
    private readonly Dictionary<string, Tally> _territories = new(StringComparer.Ordinal);
    private readonly Dictionary<RoutingLevel, Tally> _levels = [];
    private readonly Dictionary<LeadSource, Tally> _sources = [];
    // By segment number, -1 for a decision stored before segments were kept (a dictionary takes no null key).
    private readonly Dictionary<int, Tally> _segments = [];
    private readonly Dictionary<string, Tally> _reps = new(StringComparer.Ordinal);
    private Tally _overall;

    /// <summary>Counts <paramref name="active"/>, a decision in force made in the window.</summary>
    public void Count(CommittedDecision active)
    {
        if (active.Outcome is not { IsClosed: true } outcome)
        {
            return;
        }

        var converted = outcome.Outcome == LeadOutcome.Converted;
        var decision = active.Decision;
        _overall.Add(converted, null);
        if (decision.TerritoryId is { } territoryId)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_territories, territoryId, out _).Add(converted, decision.TerritoryName ?? territoryId);
        }

        CollectionsMarshal.GetValueRefOrAddDefault(_levels, decision.Level, out _).Add(converted, null);
        CollectionsMarshal.GetValueRefOrAddDefault(_sources, decision.Source, out _).Add(converted, null);
        CollectionsMarshal.GetValueRefOrAddDefault(_segments, decision.Segment is { } segment ? (int)segment : -1, out _).Add(converted, null);
        if (decision.Assignee.RepId is { } repId)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_reps, repId, out _).Add(converted, decision.Assignee.RepName ?? repId);
        }
    }

    /// <summary>The counts, each group rated when it holds at least <paramref name="minOutcomesPerGroup"/> outcomes.</summary>
    public Conversion Result(int minOutcomesPerGroup)
    {
        ConversionRow Rated(ConversionRow row) => row with { Rate = row.Counts.Outcomes >= minOutcomesPerGroup ? row.Counts.Rate : null };

        return new Conversion
        {
            Overall = _overall.Counts,
            MinOutcomesPerGroup = minOutcomesPerGroup,
            ByTerritory = BestFirst(_territories.Select(t => Rated(new ConversionRow(t.Key, t.Value.Name ?? t.Key, t.Value.Counts)))),
            ByLevel = BestFirst(_levels.Select(l => Rated(new ConversionRow(string.Empty, string.Empty, l.Value.Counts) { Level = l.Key }))),
            BySource = BestFirst(_sources.Select(s => Rated(new ConversionRow(string.Empty, string.Empty, s.Value.Counts) { Source = s.Key }))),
            BySegment = BestFirst(_segments.Select(s => Rated(
                new ConversionRow(string.Empty, string.Empty, s.Value.Counts) { Segment = s.Key < 0 ? null : (Segment)s.Key, HasSegment = true }))),
            ByRep = BestFirst(_reps.Select(r => Rated(new ConversionRow(r.Key, r.Value.Name ?? r.Key, r.Value.Counts)))),
        };
    }

    private static List<ConversionRow> BestFirst(IEnumerable<ConversionRow> rows) =>
        [.. rows
            .OrderByDescending(r => r.Rate ?? double.NegativeInfinity)
            .ThenByDescending(r => r.Counts.Outcomes)
            .ThenBy(r => r.Level)
            .ThenBy(r => r.Source)
            .ThenBy(r => r.Segment)
            .ThenBy(r => r.Id, StringComparer.Ordinal)];

    private struct Tally
    {
        public string? Name;
        public int Outcomes;
        public int Converted;

        public readonly ConversionCounts Counts => new(Outcomes, Converted);

        // The first name seen stays: one rep or territory, renamed within the window, keeps one row.
        public void Add(bool converted, string? name)
        {
            Name ??= name;
            Outcomes++;
            Converted += converted ? 1 : 0;
        }
    }
}
