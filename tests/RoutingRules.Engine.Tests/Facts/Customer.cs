namespace RoutingRules.Engine.Tests.Facts;

/// <summary>A fact with a declared identity: two instances with the same Id are the same fact.</summary>
public sealed class Customer(string id, string tier) : IIdentityProvider
{
    public string Id { get; } = id;
    public string Tier { get; set; } = tier;

    public object GetIdentity() => Id;
}
