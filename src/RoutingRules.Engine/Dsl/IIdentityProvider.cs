namespace RoutingRules.Engine;

/// <summary>
/// Declares a fact's identity. Facts are otherwise identified by <see cref="object.Equals(object)"/>:
/// reference equality unless the type defines equality (records, Equals overrides).
/// </summary>
public interface IIdentityProvider
{
    /// <summary>The identity; two facts with equal identities are the same fact.</summary>
    /// <returns>An object with value equality.</returns>
    object GetIdentity();
}
