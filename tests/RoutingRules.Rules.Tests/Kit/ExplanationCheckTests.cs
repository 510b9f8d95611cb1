using RoutingRules.Domain.Routing;
using Xunit.Sdk;

namespace RoutingRules.Rules.Tests.Kit;

public sealed class ExplanationCheckTests
{
    [Fact]
    public void VerifyOps_DecidingRuleWithoutAMessageOfItsOwn_AcceptsTheGenericStepNamingIt()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("cto@globex-pharma.com")).Fired("Accounts.StrategicAccount");

        // A new rule has no decision.<Rule>.* message until its author writes one: the renderer falls back to decision.level.*.
        var unexplained = WithDecidingRule(routed, "Accounts.RuleWithoutAMessage");

        ExplanationCheck.Verify(unexplained);
    }

    [Fact]
    public void Verify_OwnerDecisionWithExcludedMembersOfTheLeadsTerritory_ExpectsNoExclusionStep()
    {
        // The strategic owner decided: the territory the lead falls in, and its member in a meeting, are not explained.
        var routed = RoutingKit.Demo().Route(Leads.From("cto@globex-pharma.com") with { Country = "FR", Industry = "healthcare" })
            .AtLevel(RoutingLevel.Strategic);

        Assert.Contains(routed.Trace.Details!.Candidates, c => c.Exclusions.Count > 0);
        ExplanationCheck.Verify(routed);
    }

    [Fact]
    public void VerifyOps_ExplanationMissingTheTerritory_SaysWhatWasExpectedForWhichDecisionAndTheSteps()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@paris-shop.fr")).InTerritory("ter-paris");
        var elsewhere = new RoutedLead(routed.Outcome with { Decision = routed.Decision with { TerritoryName = "Atlantis" } });

        var failure = Assert.Throws<FailException>(() => ExplanationCheck.VerifyOps(elsewhere));

        Assert.Contains("Ops explanation (en)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("expected the territory Atlantis", failure.Message, StringComparison.Ordinal);
        Assert.Contains(elsewhere.Describe(), failure.Message, StringComparison.Ordinal);
        Assert.Contains("Steps: match.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("territory.chosen", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyOps_NoStepForTheDecidingRule_SaysWhichRuleItExpected()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@paris-shop.fr")).AtLevel(RoutingLevel.Territory);

        // At territory level the renderer explains a rule without a message of its own by nothing
        // but the distribution step, which belongs to the distribution rule, not to this one.
        var unexplained = WithDecidingRule(routed, "Territories.RuleWithoutAMessage");

        var failure = Assert.Throws<FailException>(() => ExplanationCheck.VerifyOps(unexplained));
        Assert.Contains("expected a step for the deciding rule Territories.RuleWithoutAMessage", failure.Message, StringComparison.Ordinal);
        Assert.Contains("distribution.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyRep_HotReasonWithoutALabel_NamesTheLabelToAdd()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("ceo@globex-pharma.com") with { ContactLevel = ContactLevel.CLevel }).AtPriority(LeadPriority.Hot);
        var unlabelled = new RoutedLead(routed.Outcome with
        {
            Trace = routed.Trace with { Details = routed.Trace.Details! with { HotReasons = ["visitor on the site now"] } },
        });

        var failure = Assert.Throws<FailException>(() => ExplanationCheck.VerifyRep(unlabelled));

        Assert.Contains("expected a label hot.visitor on the site now for the hot reason 'visitor on the site now' in EnglishMessages.cs and FrenchMessages.cs",
            failure.Message, StringComparison.Ordinal);
    }

    private static RoutedLead WithDecidingRule(RoutedLead routed, string rule) =>
        new(routed.Outcome with { Trace = routed.Trace with { Details = routed.Trace.Details! with { DecidingRule = rule } } });
}
