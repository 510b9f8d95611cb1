namespace RoutingRules.Rules.Matching;

[Name("Matching.IpNetworkSignal")]
[Description("An IP address in an account's office network never attributes the lead on its own: the decision is flagged so the account's owner can see it.")]
[Tag("matching")]
[Priority(RuleBands.BestMatch)]
public sealed class IpNetworkSignalRule : Rule
{
    public override void Define()
    {
        IpAccountSignal signal = null!;

        When()
            .Match(() => signal)
            .Not<MatchedAccount>(m => signal.IsAccountOf(m));

        Then()
            .Yield(ctx => new DecisionFlag(RoutingFlags.IpNetworkAccount, signal.FlagReason, null));
    }
}
