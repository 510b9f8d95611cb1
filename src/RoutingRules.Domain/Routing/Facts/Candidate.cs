namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A member of the chosen territory who might receive the lead.</summary>
public sealed class Candidate(RepProfile profile, ChosenTerritory territory, int memberIndex)
{
    public RepProfile Profile { get; } = profile;
    public string RepId => Profile.Id;
    public ChosenTerritory Territory { get; } = territory;

    /// <summary>Position in the territory's member list (round-robin order).</summary>
    public int MemberIndex { get; } = memberIndex;

    public static Candidate Of(RepProfile rep, ChosenTerritory territory) => new(rep, territory, territory.MemberIndex(rep.Id));

    public override string ToString() => $"candidate {RepId} in {Territory.Id}";
}
