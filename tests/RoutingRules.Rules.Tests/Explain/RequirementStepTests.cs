using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// A lead score or deal size that asks for a kind of rep is told beside the treatment, with the
/// lead's figure and the policy's threshold; a band without a threshold, or a score that the deal
/// size outranked, is not.
/// </summary>
public sealed class RequirementStepTests
{
    [Theory]
    [InlineData("hot lead", "en", "The lead score is 85, above 80: the policy asks for a senior account executive.")]
    [InlineData("hot lead", "fr", "Le score du lead est de 85, au-dessus de 80 : la politique demande un account executive senior.")]
    [InlineData("large deal", "en", "The estimated deal value is 120000 EUR, above 50000 EUR: the policy asks for a senior account executive.")]
    [InlineData("low score", "en", "The lead score is 20, below 50: the policy asks for an SDR first.")]
    public void Render_LeadWhoseFigureAsksForAProfile_SaysTheFigureAndTheThreshold(string scenario, string locale, string expected)
    {
        var routed = ExplainScenarios.Route(scenario);

        foreach (var audience in new[] { ExplanationAudience.Rep, ExplanationAudience.Ops })
        {
            var steps = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, locale).Steps.ToList();

            var step = Assert.Single(steps, s => s.Key.StartsWith("requirement.", StringComparison.Ordinal) && s.Key != "requirement.unmet");
            Assert.Equal(expected, step.Text);

            // Beside the treatment, after what made its fit weak when it was (the low score).
            var before = steps.Take(steps.IndexOf(step)).Last(s => s.Key != "fit.weak");
            Assert.Equal("treatment", before.Key);
        }
    }

    [Fact]
    public void Render_HighScoreOutrankedByAMidSizeDeal_SaysNoRequirement()
    {
        // The mid-size deal band asks for a mid-level AE and speaks before the score; it has no threshold to tell.
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@both.fr") with { Score = 90, EstimatedDealValue = 20_000 });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.Contains("IntentFit.HighScoreSeniorAe", routed.Trace.FiredRules);
        Assert.DoesNotContain(explanation.Steps, s => s.Key.StartsWith("requirement.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "No available member of Paris intra-muros has that profile, so the requirement was set aside.")]
    [InlineData("fr", "Aucun membre disponible de Paris intra-muros n'a ce profil : l'exigence a été mise de côté.")]
    public void Render_RequirementNoEligibleMemberMeets_SaysItWasSetAside(string locale, string expected)
    {
        // Paris has no SDR: the low score asks for one first, and the lead goes to an account executive.
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@cold.fr") with { Score = 20 }).Fired("Capacity.RequiredProfileUnavailable");

        foreach (var audience in new[] { ExplanationAudience.Rep, ExplanationAudience.Ops })
        {
            var steps = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, locale).Steps.ToList();

            var unmet = Assert.Single(steps, s => s.Key == "requirement.unmet");
            Assert.Equal(expected, unmet.Text);
            Assert.Equal("requirement.score.Sdr", steps[steps.IndexOf(unmet) - 1].Key);
        }
    }

    [Fact]
    public void Render_RequirementAMemberMeets_DoesNotSayItWasSetAside()
    {
        var routed = ExplainScenarios.Route("hot lead").DidNotFire("Capacity.RequiredProfileUnavailable");

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.Contains(explanation.Steps, s => s.Key == "requirement.score.SeniorAe");
        Assert.DoesNotContain(explanation.Steps, s => s.Key == "requirement.unmet");
    }

    [Theory]
    [InlineData("ceo@acmecorp.com")] // Acme's owner claims it
    [InlineData("ceo@tokyo.example")] // overseas: the default pool
    public void Render_LeadNoTerritoryMemberTook_SaysNoRequirement(string email)
    {
        // A requirement weighs only among a territory's members: an owner or a queue takes the lead whatever it asks.
        var routed = RoutingKit.Demo().Route(Leads.From(email) with { Score = 90, Country = email.EndsWith(".example", StringComparison.Ordinal) ? "JP" : "FR" })
            .Fired("IntentFit.HighScoreSeniorAe");

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.DoesNotContain(explanation.Steps, s => s.Key.StartsWith("requirement.", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_AccountOwnerWhoIsAMemberOfTheLeadsTerritory_SaysNoRequirement()
    {
        // Emma Rossi owns Acme Corp and is a member of Manufacturing France: she takes the lead as its owner, whatever its score asks.
        var routed = RoutingKit.Demo().Route(Leads.From("ceo@acmecorp.com") with { Score = 90, Country = "FR", Industry = "manufacturing", EmployeeCount = 800 })
            .AssignedTo("ae-sud-1").AtLevel(RoutingLevel.CustomerOwner).Fired("IntentFit.HighScoreSeniorAe");

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.Contains(routed.Trace.Details!.Candidates, c => c.Chosen);
        Assert.DoesNotContain(explanation.Steps, s => s.Key.StartsWith("requirement.", StringComparison.Ordinal));
    }
}
