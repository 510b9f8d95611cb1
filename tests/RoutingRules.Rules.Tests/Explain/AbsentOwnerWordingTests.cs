using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// A lead of an absent owner's account: who covers, in words, and the owner-absent flag said once
/// to the rep (the decision's step says it) but kept for ops.
/// </summary>
public sealed class AbsentOwnerWordingTests
{
    // Banque Lumière's owner, ae-paris-vacation, is on leave; ae-paris-4 is the backup, mgr-fr the manager.
    private static readonly Lead AbsentOwnersLead = Leads.From("daf@banque-lumiere.fr");

    [Theory]
    [InlineData("backup present", "The owner of Banque Lumière is absent; as the owner's backup you take the lead.")]
    [InlineData("backup away", "The owner of Banque Lumière is absent and no backup is present; as the manager you take the lead.")]
    [InlineData("nobody present", "Banque Lumière is yours; you are absent and neither your backup nor your manager is present, so the lead waits for you unless the SLA escalation reassigns it.")]
    public void Render_Rep_SaysWhoCoversOnceWithoutTheFlagStep(string cover, string expected)
    {
        var routed = Scenario(cover).Route(AbsentOwnersLead);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.True(routed.Decision.Flags.HasFlag(RoutingFlags.OwnerAbsent));
        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key.StartsWith("decision.Accounts.AbsentOwner", StringComparison.Ordinal)).Text);
        Assert.DoesNotContain(explanation.Steps, s => s.Key == "flag.OwnerAbsent");
    }

    [Theory]
    [InlineData("backup present")]
    [InlineData("backup away")]
    [InlineData("nobody present")]
    public void Render_Ops_KeepsTheOwnerAbsentFlag(string cover)
    {
        var routed = Scenario(cover).Route(AbsentOwnersLead);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.Single(explanation.Steps, s => s.Key == "flag.OwnerAbsent");
    }

    private static RoutingScenario Scenario(string cover) => cover switch
    {
        "backup present" => RoutingKit.Demo(),
        "backup away" => RoutingKit.Demo().WithRep("ae-paris-4", r => r with { Absences = [RoutingKit.OnLeaveAtDemoNow] }),
        "nobody present" => RoutingKit.Demo().WithRep("ae-paris-4", r => r with { Absences = [RoutingKit.OnLeaveAtDemoNow] }).WithRep("mgr-fr", r => r with { Absences = [RoutingKit.OnLeaveAtDemoNow] }),
        _ => throw new ArgumentOutOfRangeException(nameof(cover), cover, "no such cover"),
    };
}
