namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// No territory's criteria accept the lead. Gathered before any rule runs, so a territory that
/// matched and was then dropped (a named-account exception) does not make the lead unmatched.
/// Carries why (<see cref="Unmatched"/>, worked out by <see cref="Logic.TerritoryCoverage"/>),
/// which the decision keeps when the lead is flagged unmatched.
/// </summary>
public sealed class NoTerritoryMatch(string? department, UnmatchedLead unmatched)
{
    /// <summary>Why no territory matched, with the lead's country and industry (a shared instance).</summary>
    public UnmatchedLead Unmatched { get; } = unmatched ?? throw new ArgumentNullException(nameof(unmatched));

    public string? Country => Unmatched.Country;
    public string? Department { get; } = department;
    public string? Industry => Unmatched.Industry;
    public UnmatchedReason Reason => Unmatched.Reason;

    public override string ToString() => $"no territory matches (country {Country ?? "?"}, department {Department ?? "?"}, industry {Industry ?? "?"}; reason {Reason})";
}
