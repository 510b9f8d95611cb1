using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The territory that won the overlap resolution.</summary>
public sealed class ChosenTerritory(TerritoryMatch match, string how)
{
    /// <summary>The <see cref="How"/> of a territory chosen because the policy names it for the lead's area.</summary>
    public const string ByNearest = "nearest territory";

    public TerritoryMatch Match { get; } = match;
    public Territory Territory => Match.Territory;
    public string Id => Match.Id;

    /// <summary>Which resolution picked it.</summary>
    public string How { get; } = how;

    // Up to this many members a scan beats hashing; past it, the first lookup indexes the members
    // once, as every rep of the session is looked up (a pool of 800 reps scanned for each of them
    // made a route cost milliseconds).
    private const int ScanLimit = 16;
    private Dictionary<string, int>? _memberIndex;

    public bool HasMember(string repId) => MemberIndex(repId) >= 0;

    /// <summary>The rep's position in the territory's member list (its first, if listed twice), or -1.</summary>
    public int MemberIndex(string repId)
    {
        var members = Territory.MemberRepIds;
        if (members.Count > ScanLimit)
        {
            return (_memberIndex ??= IndexOf(members)).GetValueOrDefault(repId, -1);
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] == repId)
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<string> members)
    {
        var index = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            index.TryAdd(members[i], i);
        }

        return index;
    }

    public override string ToString() => $"chosen {Id} by {How}";
}
