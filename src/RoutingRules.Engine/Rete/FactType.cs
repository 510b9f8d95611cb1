namespace RoutingRules.Engine.Rete;

/// <summary>
/// What a session needs to know about a fact's runtime type, found once per type and network:
/// the alpha roots it enters and whether it declares its identity.
/// </summary>
internal sealed class FactType(Type type, AlphaNode[] roots)
{
    public Type Type { get; } = type;

    /// <summary>The alpha roots a fact of this type enters (its type, base types, interfaces).</summary>
    public AlphaNode[] Roots { get; } = roots;

    /// <summary>The alpha trees under <see cref="Roots"/>, flattened in the order a recursion would visit them.</summary>
    public AlphaStep[] Steps { get; } = AlphaStep.Flatten(roots);

    /// <summary>Whether the type implements <see cref="IIdentityProvider"/>.</summary>
    public bool DeclaresIdentity { get; } = typeof(IIdentityProvider).IsAssignableFrom(type);

    /// <summary>The hash of a fact of this type, consistent with <see cref="FactTable.SameIdentity"/>.</summary>
    public int HashOf(object value) =>
        DeclaresIdentity ? ((IIdentityProvider)value).GetIdentity().GetHashCode() : value.GetHashCode();
}
