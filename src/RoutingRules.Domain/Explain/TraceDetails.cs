namespace RoutingRules.Domain.Explain;

/// <summary>
/// The structured part of a routing trace, for programs and for the explanation renderer: built
/// from engine events (firings and the facts each one matched and inserted) and the facts the
/// rules left in the session, never by re-running routing logic.
/// </summary>
public sealed record TraceDetails
{
    /// <summary>Hash of the compiled rules and the policy (the decision's rule-set version).</summary>
    public string RuleSetVersion { get; init; } = string.Empty;

    /// <summary>Hash of the policy alone.</summary>
    public string PolicyVersion { get; init; } = string.Empty;

    public TraceLead Lead { get; init; } = new();

    /// <summary>Every account the lookups found, accepted or not.</summary>
    public IReadOnlyList<TraceAccountMatch> Accounts { get; init; } = [];

    /// <summary>The account the lead was attributed to (the most reliable accepted match).</summary>
    public string? LeadAccountId { get; init; }

    /// <summary>The account whose ownership counted (the parent for a subsidiary routed upwards).</summary>
    public string? OwningAccountId { get; init; }

    public string? OwningAccountName { get; init; }

    public IReadOnlyList<TracePreviousOwner> PreviousOwners { get; init; } = [];

    /// <summary>Territories whose criteria accepted the lead; the chosen one says by which resolution.</summary>
    public IReadOnlyList<TraceTerritory> Territories { get; init; } = [];

    /// <summary>Every firing, in order, with the positions of its matched and inserted facts in <see cref="Facts"/>.</summary>
    public IReadOnlyList<TraceFiring> Firings { get; init; } = [];

    /// <summary>Every fact a firing matched or inserted, described once.</summary>
    public IReadOnlyList<TraceFact> Facts { get; init; } = [];

    /// <summary>Every owner claim made; one is marked as the winner when a claim decided.</summary>
    public IReadOnlyList<TraceClaim> Claims { get; init; } = [];

    /// <summary>Members of the chosen territory with their figures and exclusions.</summary>
    public IReadOnlyList<TraceCandidate> Candidates { get; init; } = [];

    public TraceDistribution? Distribution { get; init; }
    public TraceTreatment? Treatment { get; init; }
    public TraceSla? Sla { get; init; }
    public IReadOnlyList<string> HotReasons { get; init; } = [];
    public IReadOnlyList<TraceFlag> Flags { get; init; } = [];

    /// <summary>Other conclusions (account notes, created accounts, seniority requirements, weight adjustments).</summary>
    public IReadOnlyList<TraceFact> Notes { get; init; } = [];

    /// <summary>The rule whose conclusion decided the owner (the winning claim's rule, the distribution rule, or the fallback).</summary>
    public string? DecidingRule { get; init; }

    /// <summary>The rule that turned that conclusion into the assignment.</summary>
    public string? AssigningRule { get; init; }

    /// <summary>The facts at <paramref name="positions"/> of <see cref="Facts"/> (positions outside it are skipped).</summary>
    public IEnumerable<TraceFact> FactsAt(IReadOnlyList<int> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        return positions.Where(p => p >= 0 && p < Facts.Count).Select(p => Facts[p]);
    }
}
