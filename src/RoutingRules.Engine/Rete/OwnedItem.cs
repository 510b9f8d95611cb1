namespace RoutingRules.Engine.Rete;

/// <summary>What an <see cref="OwnedChain"/> holds: tokens, right entries and activations.</summary>
internal abstract class OwnedItem
{
    /// <summary>The next item of its kind in the thread's recycled items; set once, when the item is created.</summary>
    public OwnedItem? NextOwned;

    /// <summary>Forgets everything but its place in the chain of recycled items; its session is done with it.</summary>
    public abstract void Clear();
}
