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

    public bool HasMember(string repId) => Territory.MemberRepIds.Contains(repId);

    public int MemberIndex(string repId)
    {
        for (var i = 0; i < Territory.MemberRepIds.Count; i++)
        {
            if (Territory.MemberRepIds[i] == repId)
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => $"chosen {Id} by {How}";
}
