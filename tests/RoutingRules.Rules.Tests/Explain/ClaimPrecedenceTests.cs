using RoutingRules.Domain.Explain;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// What a claim that outranked the territory is called depends on the claim: an account owner's
/// claim is "account ownership", but a burst of leads or an auto-created account is not about
/// who owns the account.
/// </summary>
public sealed class ClaimPrecedenceTests
{
    [Theory]
    [InlineData("demo request from a customer", "Account ownership takes precedence over the territory rule that would have sent it to the Manufacturing France territory.")]
    [InlineData("burst of leads from Paris", "Keeping the account's recent leads with one rep takes precedence over the territory rule that would have sent it to the Healthcare France territory.")]
    [InlineData("third lead of unknown domain, from Paris", "The first rep to receive a lead of this company takes precedence over the territory rule that would have sent it to the Paris intra-muros territory.")]
    public void Render_ClaimOutrankingTheTerritory_NamesWhatOutrankedIt(string scenario, string expected)
    {
        var routed = ExplainScenarios.Route(scenario);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "decision.precedence").Text);
    }

    [Fact]
    public void Render_BurstOfLeadsFrench_NamesWhatOutrankedIt()
    {
        var routed = ExplainScenarios.Route("burst of leads from Paris");

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "fr");

        Assert.Equal("Le regroupement des leads récents du compte chez un même commercial prime sur la règle de territoire qui l'aurait envoyé au territoire Healthcare France.",
            Assert.Single(explanation.Steps, s => s.Key == "decision.precedence").Text);
    }

    [Fact]
    public void Render_BurstOfLeads_SaysTheyFollowTheMostRecentLeadsRep()
    {
        // Accounts.HighAccountActivity gives the lead to the rep of the latest recent lead, not the first.
        var routed = ExplainScenarios.Route("burst of leads from Paris");

        var rep = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.Equal("Several leads of Umbrella Santé arrived in a short time; from now on they go to one rep, you, who received the most recent one.",
            Assert.Single(rep.Steps, s => s.Key == "decision.Accounts.HighAccountActivity.rep").Text);
    }

    [Theory]
    [InlineData("third lead of unknown domain", "en", "A new account was created for novacorp-industries.io after repeated leads from this unknown company.")]
    [InlineData("third lead of unknown domain", "fr", "Un nouveau compte a été créé pour novacorp-industries.io après plusieurs leads de cette entreprise inconnue.")]
    [InlineData("third lead of unknown domain, named", "en", "A new account Quokka Quantum was created for novacorp-industries.io after repeated leads from this unknown company.")]
    public void Render_AccountCreatedForADomain_NamesItOnlyWhenItsNameIsNotTheDomain(string scenario, string locale, string expected)
    {
        var routed = ExplainScenarios.Route(scenario);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key.StartsWith("match.created", StringComparison.Ordinal)).Text);
        Assert.DoesNotContain(explanation.Steps, s => s.Text.Contains("novacorp-industries.io is yours", StringComparison.Ordinal));
    }
}
