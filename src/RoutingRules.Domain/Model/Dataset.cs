using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Model;

/// <summary>All reference data at once: the unit of import and export.</summary>
public sealed record Dataset
{
    public const int CurrentFormatVersion = 1;

    public static readonly Dataset Empty = new();

    public int FormatVersion { get; init; } = CurrentFormatVersion;
    public RoutingPolicy Policy { get; init; } = RoutingPolicy.Default;
    public IReadOnlyList<Rep> Reps { get; init; } = [];
    public IReadOnlyList<Territory> Territories { get; init; } = [];
    public IReadOnlyList<Account> Accounts { get; init; } = [];
    public IReadOnlyList<Opportunity> Opportunities { get; init; } = [];
    public IReadOnlyList<PreviousLead> PreviousLeads { get; init; } = [];
}
