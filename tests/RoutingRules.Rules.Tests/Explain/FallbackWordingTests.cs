using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>The capacity-overflow fallbacks' wording for ops when the territory has a backup that could not take the lead either.</summary>
public sealed class FallbackWordingTests
{
    [Theory]
    [InlineData("en", "Every member of Corse was excluded and no backup could take it; the lead goes to the default-pool queue.")]
    [InlineData("fr", "Tous les membres de Corse ont été exclus et aucun suppléant ne pouvait le prendre ; le lead part dans la file default-pool.")]
    public void Render_MembersAndBackupAtCapacity_DoesNotSayThereIsNoBackup(string locale, string expected)
    {
        // ae-sud-2 is Corse's backup: it exists, and is as full as the member.
        var full = new RepWorkload { OpenLeads = 60 };
        var routed = RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", full).SetWorkload("ae-sud-2", full))
            .Route(Leads.InFrance("a@ajaccio-shop.fr", "2A", "Corse", "Ajaccio", "20000"));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "decision.Fallback.CapacityOverflowDefaultPool.ops").Text);
    }
}
