using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Escalation;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Routing.Escalation;

/// <summary>What an escalation session sees, and how the chosen target words the escalated decision.</summary>
public sealed class EscalationFactGathererTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);

    private static readonly ReferenceSnapshot Snapshot = ReferenceSnapshot.Build(Dataset.Empty with
    {
        Reps =
        [
            new Rep { Id = "rep-a", Name = "Rep A", ManagerId = "mgr" },
            new Rep { Id = "rep-b", Name = "Rep B", ManagerId = "mgr" },
            new Rep { Id = "rep-c", Name = "Rep C", ManagerId = "mgr" },
            new Rep { Id = "bk", Name = "Backup", ManagerId = "mgr" },
            new Rep { Id = "mgr", Name = "Manager", Role = RepRole.Manager },
        ],
        Territories = [new Territory { Id = "t-1", Name = "Territory one", MemberRepIds = ["rep-a", "rep-b", "bk", "rep-c"], BackupRepId = "bk" }],
        Policy = RoutingPolicy.Default,
    });

    private static readonly RoutingDecision Overdue = new()
    {
        LeadId = "L1",
        Assignee = Assignee.ForRep("rep-a", "Rep A"),
        Level = RoutingLevel.Territory,
        TerritoryId = "t-1",
        TerritoryName = "Territory one",
        Treatment = Treatment.SdrQualification,
        RespondBy = Now.AddHours(-5),
        EscalateAt = Now.AddHours(-1),
        Reason = "routed",
        RuleSetVersion = "v1",
    };

    private static RoutingContext Context => new(Snapshot, new InMemoryLiveState(Snapshot), Now);

    [Fact]
    public void Gather_OffersBackupManagerThenMembers_NeverTheHolderOrAnEarlierHolder()
    {
        var facts = EscalationFactGatherer.Gather(Overdue, new HashSet<string> { "rep-b" }, Context);

        Assert.Equal(["bk", "mgr", "rep-c"], facts.OfType<RepProfile>().Select(r => r.Id));
        var overdue = facts.OfType<OverdueLead>().Single();
        Assert.Equal("t-1", overdue.Territory?.Id);
        Assert.Equal("rep-a", overdue.Holder?.Id);
        Assert.Equal(Now, overdue.Now);
        Assert.Single(facts.OfType<RoutingPolicy>());
        Assert.Equal("escalation", facts.OfType<FallbackQueues>().Single().Escalation);
    }

    [Fact]
    public void Gather_NoTerritoryAndHolderGone_OnlyTheQueuesToChooseFrom()
    {
        var decision = Overdue with { TerritoryId = null, TerritoryName = null, Assignee = Assignee.ForRep("gone", "Gone") };

        var facts = EscalationFactGatherer.Gather(decision, new HashSet<string>(), Context);

        Assert.Empty(facts.OfType<RepProfile>());
        var overdue = facts.OfType<OverdueLead>().Single();
        Assert.Null(overdue.Territory);
        Assert.Null(overdue.Holder);
    }

    [Fact]
    public void Escalate_ToAnotherRepARuleNamed_ReasonNamesThatRepAndTheTraceTheRule()
    {
        var current = new CommittedDecision { DecisionId = "d-1", Sequence = 1, IdempotencyKey = "L1", DecidedAt = Now.AddHours(-9), Decision = Overdue };
        var rep = EscalationFactGatherer.Gather(Overdue, new HashSet<string>(), Context).OfType<RepProfile>().Single(r => r.Id == "rep-c");
        var choice = EscalationChoice.ToRep(EscalationTarget.Rep, rep, "Escalation.Custom");

        var outcome = SlaEscalator.Escalate(current, new SlaEscalationRequest(current, new HashSet<string>()), choice, Snapshot, Context.Live, Now, "v2");

        Assert.Equal("rep-c", outcome.Decision.Assignee.RepId);
        Assert.EndsWith("; Rep C (rep-c) takes it", outcome.Decision.Reason, StringComparison.Ordinal);
        Assert.Equal(["Escalation.Custom"], outcome.Trace.FiredRules);
        Assert.Equal("Escalation.Custom", outcome.Trace.Details!.DecidingRule);
    }

    [Fact]
    public void ToRep_QueueTarget_Refused()
    {
        var rep = EscalationFactGatherer.Gather(Overdue, new HashSet<string>(), Context).OfType<RepProfile>().First();

        Assert.Throws<ArgumentException>(() => EscalationChoice.ToRep(EscalationTarget.Queue, rep, "Escalation.Custom"));
    }
}
