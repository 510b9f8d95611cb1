using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// Partner-managed accounts (DOMAIN.md §2): the partner agreement decides. An account the partner
/// sourced sends every lead to the partner manager; one sourced directly with a partner involved
/// routes as usual and tells the partner manager. Demo: Cyberdyne Partners (cyberdyne.fr), a
/// customer owned by ae-paris-2 below the AM hand-off, partner manager pm-fr-1 (Samir Benali).
/// </summary>
public sealed class PartnerSourcingScenarioTests
{
    private const string PartnerManager = "pm-fr-1";
    private static readonly Lead Cyberdyne = Leads.From("cio@cyberdyne.fr");

    private static RoutingScenario WithCyberdyne(Func<Account, Account> change) =>
        RoutingKit.Demo().WithDataset(d => d with { Accounts = d.Accounts.Select(a => a.Id == "acc-partner" ? change(a) : a).ToList() });

    private static RoutingScenario DirectCyberdyne() => WithCyberdyne(a => a with { PartnerSourcing = PartnerSourcing.Direct });

    [Theory]
    [InlineData("cio@cyberdyne.fr")]
    [InlineData("achats@cyberdyne.fr")]
    public void Route_PartnerSourcedAccount_EveryLeadGoesToThePartnerManager(string email)
    {
        WithCyberdyne(a => a with { PartnerSourcing = PartnerSourcing.Partner }).Route(Leads.InParis(email))
            .AssignedTo(PartnerManager).AtLevel(RoutingLevel.Partner).Fired("Accounts.PartnerManager")
            .NotFlagged(RoutingFlags.PartnerNotified).DidNotFire("Accounts.PartnerNotified");
    }

    [Fact]
    public void Route_DirectSourcedAccountWithPartner_GoesToTheOwnerAndTellsThePartnerManager()
    {
        var routed = DirectCyberdyne().Route(Cyberdyne)
            .AssignedTo("ae-paris-2").AtLevel(RoutingLevel.CustomerOwner).Fired("Accounts.SalesOwnerUpsell").DidNotFire("Accounts.PartnerManager")
            .Flagged(RoutingFlags.PartnerNotified).Fired("Accounts.PartnerNotified");

        var flag = Assert.Single(routed.Trace.Details!.Flags, f => f.Flag == nameof(RoutingFlags.PartnerNotified));
        Assert.Contains("Samir Benali (pm-fr-1)", flag.Reason, StringComparison.Ordinal);
        Assert.Equal("Accounts.PartnerNotified", flag.Rule);
        Assert.DoesNotContain(routed.Trace.Details.Claims, c => c.Level == nameof(RoutingLevel.Partner));
    }

    [Fact]
    public void Route_DirectSourcedProspectWithoutOwner_TakesTheTerritoryRouteAndTellsThePartnerManager()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with
        {
            Accounts =
            [
                .. d.Accounts,
                new Account
                {
                    Id = "acc-skynet", Name = "Skynet Conseil", Domains = ["skynet-conseil.fr"], EmployeeCount = 120, Industry = "technology", Country = "FR",
                    PartnerManagerId = PartnerManager, PartnerSourcing = PartnerSourcing.Direct,
                },
            ],
        });

        scenario.Route(Leads.InParis("dsi@skynet-conseil.fr"))
            .ForAccount("acc-skynet").AtLevel(RoutingLevel.Territory).Flagged(RoutingFlags.PartnerNotified).Fired("Accounts.PartnerNotified");
    }

    /// <summary>The rep reads that the partner manager is told, without their name; ops read whom to tell.</summary>
    [Fact]
    public void Explain_DirectSourcedAccountWithPartner_OpsNameThePartnerManagerTheRepDoesNot()
    {
        var routed = DirectCyberdyne().Route(Cyberdyne);

        foreach (var locale in MessageCatalog.Locales)
        {
            var ops = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);
            var rep = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

            var step = Assert.Single(ops.Steps, s => s.Key == "flag.PartnerNotified.ops");
            Assert.Contains("Cyberdyne Partners", step.Text, StringComparison.Ordinal);
            Assert.Contains("Samir Benali (pm-fr-1)", step.Text, StringComparison.Ordinal);
            Assert.Single(rep.Steps, s => s.Key == "flag.PartnerNotified");
            Assert.DoesNotContain("Samir", rep.ToText(), StringComparison.Ordinal);
            Assert.DoesNotContain(PartnerManager, rep.ToText(), StringComparison.Ordinal);
        }

        Assert.Equal(
            "Cyberdyne Partners was sourced directly with a partner involved: the lead takes its usual route, and its partner manager Samir Benali (pm-fr-1) is to be told of it.",
            ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en").Steps.Single(s => s.Key == "flag.PartnerNotified.ops").Text);
        var redacted = TraceJson.Serialize(TraceRedactor.ForAssignee(routed.Trace, routed.Decision));
        Assert.DoesNotContain("Samir", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain(PartnerManager, redacted, StringComparison.Ordinal);
    }

    /// <summary>A notification asks nothing of its reader: the partner manager is told on leave too.</summary>
    [Fact]
    public void Route_DirectSourcedAccountWithPartnerManagerOnLeave_StillTellsThem()
    {
        var routed = DirectCyberdyne().WithRep(PartnerManager, r => r with { Absences = [RoutingKit.OnLeaveAtDemoNow] }).Route(Cyberdyne)
            .AssignedTo("ae-paris-2").Flagged(RoutingFlags.PartnerNotified);

        Assert.Single(ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en").Steps, s => s.Key == "flag.PartnerNotified.ops");
    }

    /// <summary>Still flagged, and ops read that the account names a partner manager who left, so that they name another.</summary>
    [Fact]
    public void Route_DirectSourcedAccountWithDepartedPartnerManager_FlaggedAndOpsToldToNameAnother()
    {
        var routed = DirectCyberdyne().WithRep(PartnerManager, r => r with { Departed = true }).Route(Cyberdyne)
            .AssignedTo("ae-paris-2").Flagged(RoutingFlags.PartnerNotified);

        foreach (var locale in MessageCatalog.Locales)
        {
            var ops = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);
            Assert.Contains("Samir Benali (pm-fr-1)", Assert.Single(ops.Steps, s => s.Key == "flag.PartnerNotified.ops.departed").Text, StringComparison.Ordinal);
            Assert.DoesNotContain(ops.Steps, s => s.Key == "flag.PartnerNotified.ops");
        }
    }

    [Fact]
    public void Route_DirectSourcedAccountWhosePartnerManagerGetsTheLead_IsNotFlagged()
    {
        WithCyberdyne(a => a with { PartnerSourcing = PartnerSourcing.Direct, OwnerId = PartnerManager }).Route(Cyberdyne)
            .AssignedTo(PartnerManager).AtLevel(RoutingLevel.CustomerOwner).NotFlagged(RoutingFlags.PartnerNotified).DidNotFire("Accounts.PartnerNotified");
    }

    /// <summary>A competitor's leads go to no rep: no partner follows them, whoever sourced the account.</summary>
    [Fact]
    public void Route_DirectSourcedCompetitorWithPartner_GoesToTheCompetitorQueueUnflagged()
    {
        WithCyberdyne(a => a with { PartnerSourcing = PartnerSourcing.Direct, Competitor = true }).Route(Cyberdyne)
            .AssignedToQueue("competitive-intelligence").NotFlagged(RoutingFlags.PartnerNotified).DidNotFire("Accounts.PartnerNotified");
    }

    /// <summary>Direct sourcing only qualifies a partner manager: without one, the account routes as it always did.</summary>
    [Fact]
    public void Route_DirectSourcedAccountWithoutPartnerManager_RoutesAsAnyCustomer()
    {
        WithCyberdyne(a => a with { PartnerSourcing = PartnerSourcing.Direct, PartnerManagerId = null }).Route(Cyberdyne)
            .AssignedTo("ae-paris-2").AtLevel(RoutingLevel.CustomerOwner).NotFlagged(RoutingFlags.PartnerNotified)
            .DidNotFire("Accounts.PartnerManager").DidNotFire("Accounts.PartnerNotified");
    }

    /// <summary>The partner manager was told when the lead arrived; an escalation to another of our reps tells them nothing new.</summary>
    [Fact]
    public void Escalate_DirectSourcedAccountsLead_DoesNotCarryThePartnerFlag()
    {
        var scenario = DirectCyberdyne();
        var routed = scenario.Route(Cyberdyne).Flagged(RoutingFlags.PartnerNotified);
        scenario.At(routed.Decision.EscalateAt.AddMinutes(1));

        scenario.Escalate(routed).Flagged(RoutingFlags.SlaEscalated).NotFlagged(RoutingFlags.PartnerNotified);
    }
}
