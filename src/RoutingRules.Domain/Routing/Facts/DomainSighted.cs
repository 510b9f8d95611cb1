namespace RoutingRules.Domain.Routing.Facts;

/// <summary>One more lead of an unknown corporate domain, to count on commit.</summary>
public sealed class DomainSighted(string domain)
{
    public string Domain { get; } = domain;

    public override string ToString() => $"sighted {Domain}";
}
