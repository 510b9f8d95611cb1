using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// accounts.prospectOwnerRoutes: a prospect account's owner takes its leads, as the seed articles'
/// account-based routing does ("this company matches an existing account: route to its owner");
/// off by default, DOMAIN.md §2's chain, where only customers and named accounts have an owner level.
/// Ubiq Capital (ubiqcapital.fr) is a prospect owned by ae-ara-1 (Lyon); its lead comes from Paris.
/// </summary>
public sealed class ProspectOwnerScenarioTests
{
    private const string Rule = "Accounts.ProspectOwner";

    private static RoutingScenario ProspectOwnersRoute() =>
        RoutingKit.Demo().WithPolicy(p => p with { Accounts = p.Accounts with { ProspectOwnerRoutes = true } });

    [Fact]
    public void Route_ProspectWithOwner_GoesByTerritoryByDefault()
    {
        // The lead gives no industry: it takes the account's (finance), whose vertical outranks Paris.
        RoutingKit.Demo().Route(Leads.InParis("cfo@ubiqcapital.fr"))
            .ForAccount("acc-032").AtLevel(RoutingLevel.Territory).InTerritory("ter-finserv-emea").DidNotFire(Rule);
    }

    [Fact]
    public void Route_ProspectWithOwner_GoesToTheOwnerWhenThePolicySaysSo()
    {
        ProspectOwnersRoute().Route(Leads.InParis("cfo@ubiqcapital.fr"))
            .ForAccount("acc-032").AtLevel(RoutingLevel.AccountOwner).AssignedTo("ae-ara-1").InTerritory(null).Fired(Rule);
    }

    [Fact]
    public void Route_ProspectWithAnOpenOpportunity_GoesToTheOpportunityOwner()
    {
        // Iris Services has an open opportunity: level 4 of DOMAIN.md §2 outranks the account's owner.
        ProspectOwnersRoute().Route(Leads.InParis("buyer@irisservices.fr"))
            .AtLevel(RoutingLevel.OpenOpportunity).Fired(Rule);
    }

    [Fact]
    public void Route_ProspectOwnerAbsent_BackupTakesTheLeadFlagged()
    {
        // The generic hand-overs apply to this claim as to a customer's: ae-paris-vacation is on leave.
        ProspectOwnersRoute().Route(Leads.From("cto@cobaltrobotics.se") with { Country = "SE" })
            .Fired(Rule).Flagged(RoutingFlags.OwnerAbsent);
    }

    [Theory]
    [InlineData("en", ExplanationAudience.Rep, "Ubiq Capital SARL is an account you own: its new contacts come to you.")]
    [InlineData("fr", ExplanationAudience.Ops, "Ubiq Capital SARL est un compte prospect détenu par")]
    public void Render_ProspectOwner_SaysWhoseAccountItIs(string locale, ExplanationAudience audience, string expected)
    {
        var routed = ProspectOwnersRoute().Route(Leads.InParis("cfo@ubiqcapital.fr"));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, locale);

        Assert.Contains(explanation.Steps, s => s.Key.StartsWith("decision." + Rule, StringComparison.Ordinal) && s.Text.StartsWith(expected, StringComparison.Ordinal));
    }
}
