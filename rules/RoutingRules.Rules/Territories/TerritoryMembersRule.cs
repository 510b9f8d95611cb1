namespace RoutingRules.Rules.Territories;

[Name("Territories.MembersAreCandidates")]
[Description("Every member of the chosen territory is a candidate for the lead.")]
[Tag("territories")]
[Priority(RuleBands.Candidates)]
public sealed class TerritoryMembersRule : Rule
{
    public override void Define()
    {
        ChosenTerritory territory = null!;
        RepProfile rep = null!;

        When()
            .Match(() => territory)
            .Match(() => rep, r => territory.HasMember(r.Id));

        Then()
            .Yield(ctx => Candidate.Of(rep, territory));
    }
}
