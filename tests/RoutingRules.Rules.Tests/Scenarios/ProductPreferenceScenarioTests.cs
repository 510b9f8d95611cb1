using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// A lead interested in a product prefers the territory's members who specialise in it (seed
/// articles: "Enterprise SKU interest -> product specialist"). Paris is a round-robin of ae-paris-1
/// and ae-paris-2; whichever of them lists the product gets the lead, whatever the cursor.
/// </summary>
public sealed class ProductPreferenceScenarioTests
{
    private const string Rule = "Capacity.ProductPreference";

    private static Domain.Routing.Lead InterestedIn(string? product) =>
        Leads.InParis("buyer@paris-suite.fr") with { ProductInterest = product };

    [Theory]
    [InlineData("ae-paris-1", "ae-paris-2")]
    [InlineData("ae-paris-2", "ae-paris-1")]
    public void Route_ProductSpecialistInTheTerritory_GetsTheLead(string specialist, string other)
    {
        var scenario = RoutingKit.Demo().WithRep(specialist, r => r with { Products = ["Enterprise-Suite", "crm"] });

        scenario.Route(InterestedIn(" enterprise-suite")).InTerritory("ter-paris")
            .Fired(Rule).Excluded(other, "not a specialist of the lead's product").AssignedTo(specialist);
    }

    [Fact]
    public void Route_NoMemberListsTheProduct_KeepsEveryMember()
    {
        RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Products = ["crm"] })
            .Route(InterestedIn("enterprise-suite")).InTerritory("ter-paris").DidNotFire(Rule);
    }

    [Fact]
    public void Route_SpecialistUnavailable_OthersStayCandidates()
    {
        // The specialist is in a meeting: no eligible member has the product, so nobody gives way for it.
        var scenario = RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Products = ["enterprise-suite"], Status = RepStatus.InMeeting });

        scenario.Route(InterestedIn("enterprise-suite")).InTerritory("ter-paris").DidNotFire(Rule).AssignedTo("ae-paris-2");
    }

    [Fact]
    public void Route_LeadWithoutProductInterest_PrefersNobody()
    {
        RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Products = ["enterprise-suite"] })
            .Route(InterestedIn(null)).DidNotFire(Rule);
    }

    [Theory]
    [InlineData("en", "Bruno Dubois (ae-paris-2) is excluded: not a specialist of the lead's product (enterprise-suite).")]
    [InlineData("fr", "Exclusion de Bruno Dubois (ae-paris-2) : pas spécialiste du produit du lead (enterprise-suite).")]
    public void Render_MemberWithoutTheProduct_NamesTheProduct(string locale, string expected)
    {
        var routed = RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Products = ["enterprise-suite"] }).Route(InterestedIn("enterprise-suite"));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "exclusion." + Rule).Text);
    }
}
