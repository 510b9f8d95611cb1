using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>A subsidiary whose parent gives no owner: the explanation says why the subsidiary's own ownership applied, naming the parent.</summary>
public sealed class SubsidiaryWordingTests
{
    [Theory]
    [InlineData("en", "Filiale Cliente is a subsidiary of Groupe Horizon, which gives no owner for this lead; the subsidiary's own ownership applies.")]
    [InlineData("fr", "Filiale Cliente est une filiale de Groupe Horizon, qui ne donne pas de propriétaire pour ce lead ; la propriété de la filiale elle-même s'applique.")]
    public void Render_ParentGivesNoOwner_SaysTheSubsidiarysOwnershipApplies(string locale, string expected)
    {
        var routed = RoutingKit.Demo().WithDataset(d => d with
        {
            Accounts =
            [
                .. d.Accounts,
                new Account { Id = "acc-holding", Name = "Groupe Horizon", Domains = ["holding-prospect.fr"], Status = AccountStatus.Prospect },
                new Account
                {
                    Id = "acc-filiale", Name = "Filiale Cliente", Domains = ["filiale-cliente.fr"], Status = AccountStatus.Customer,
                    OwnerId = "ae-ara-1", ContractValue = 20_000, ParentAccountId = "acc-holding",
                },
            ],
        }).Route(Leads.InParis("achats@filiale-cliente.fr")).AssignedTo("ae-ara-1");

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "match.parent.unclaimed").Text);
        Assert.DoesNotContain(explanation.Steps, s => s.Key == "match.parent");
        ExplanationCheck.Verify(routed);
    }
}
