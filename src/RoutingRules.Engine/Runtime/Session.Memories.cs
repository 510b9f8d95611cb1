using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>
/// Node memories. Most nodes have no equality join: their memory is one intrusive list whose head
/// the session keeps in an array, so a session allocates no object per plain memory. Hashed
/// memories are created on first use.
/// </summary>
internal sealed partial class Session
{
    public void AddToMemory(int slot, MemoryItem item)
    {
        var hashed = _hashedIndex[slot];
        if (hashed >= 0)
        {
            (_hashed[hashed] ??= _recycled.HashMemory()).Add(item);
        }
        else
        {
            HashMemory.Link(ref _heads[slot].First, item);
        }
    }

    public void RemoveFromMemory(int slot, MemoryItem item)
    {
        var hashed = _hashedIndex[slot];
        if (hashed >= 0)
        {
            _hashed[hashed]!.Remove(item);
        }
        else
        {
            HashMemory.Unlink(ref _heads[slot].First, item);
        }
    }

    /// <summary>The first item that may match <paramref name="hash"/> in a slot's memory (every item of a plain list); null for no slot.</summary>
    public MemoryItem? FirstInMemory(int slot, int hash)
    {
        if (slot < 0)
        {
            return null;
        }

        var hashed = _hashedIndex[slot];
        return hashed >= 0 ? _hashed[hashed]?.First(hash) : _heads[slot].First;
    }
}
