using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// What committing a decision changes besides the decision itself. The assignee rep's counters
/// (open leads, assigned today, last assigned at) follow from the decision and are not repeated.
/// </summary>
public sealed record LiveStateChanges
{
    public static readonly LiveStateChanges None = new();

    /// <summary>New round-robin position of a territory (or of its small-deal pool), when the decision used a rotation.</summary>
    public TerritoryCursor? Cursor { get; init; }

    /// <summary>An unknown corporate domain to count one more lead for.</summary>
    public string? SightedDomain { get; init; }

    /// <summary>An account to create in the reference data (automatic creation after repeated leads).</summary>
    public Account? CreatedAccount { get; init; }
}
