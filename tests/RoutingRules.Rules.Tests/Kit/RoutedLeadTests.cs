using RoutingRules.Domain.Routing;
using Xunit.Sdk;

namespace RoutingRules.Rules.Tests.Kit;

public sealed class RoutedLeadTests
{
    [Theory]
    [InlineData("IntentFit.ExecutivePriorty")]
    [InlineData("ExecutivePriority")]
    public void FiredAndDidNotFire_NameNoRuleOfTheSet_FailInsteadOfPassingForever(string misspelt)
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@paris-shop.fr"));

        var didNotFire = Assert.Throws<TrueException>(() => routed.DidNotFire(misspelt));
        Assert.Throws<TrueException>(() => routed.Fired(misspelt));

        Assert.StartsWith($"no rule named {misspelt} in the rule set", didNotFire.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DidNotFire_MisspeltName_ListsTheRulesOfItsFolder()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@paris-shop.fr"));

        var failure = Assert.Throws<TrueException>(() => routed.DidNotFire("IntentFit.ExecutivePriorty"));

        Assert.Contains("IntentFit.ExecutivePriority", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtPriorityAndWithTreatment_OnAnotherValue_SayWhatWasExpectedAndDescribeTheDecision()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("ceo@globex-pharma.com") with { ContactLevel = ContactLevel.CLevel });
        routed.AtPriority(LeadPriority.Hot).WithTreatment(routed.Decision.Treatment);

        var priority = Assert.Throws<TrueException>(() => routed.AtPriority(LeadPriority.Normal));
        var treatment = Assert.Throws<TrueException>(() => routed.WithTreatment(Treatment.Disqualify));

        Assert.StartsWith("expected priority Normal, got ", priority.Message, StringComparison.Ordinal);
        Assert.Contains("priority Hot", priority.Message, StringComparison.Ordinal);
        Assert.Contains("Fired: ", priority.Message, StringComparison.Ordinal);
        Assert.StartsWith("expected treatment Disqualify, got ", treatment.Message, StringComparison.Ordinal);
    }
}
