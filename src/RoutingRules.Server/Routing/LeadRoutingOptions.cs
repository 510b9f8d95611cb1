using RoutingRules.Store;

namespace RoutingRules.Server.Routing;

/// <summary>Where decisions are stored and how the RouteLead service is exposed.</summary>
internal sealed record LeadRoutingOptions
{
    /// <summary>Health service name reported NOT_SERVING until the rule set is compiled and the live state loaded.</summary>
    public const string ServiceName = "routingrules.v1.LeadRouter";

    /// <summary>The deployment's database (the same file as the reference data).</summary>
    public SqliteStoreOptions Database { get; init; } = new();

    /// <summary>How far back account assignments are kept in memory; must cover the policy's high-activity window.</summary>
    public TimeSpan RecentWindow { get; init; } = TimeSpan.FromHours(24);
}
