using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class YieldTests
{
    [Fact]
    public void Fire_Yield_InsertsLinkedFact()
    {
        var (session, _) = Engine.Session(typeof(LabelRule));
        session.Insert(new Lead(1, "a", 70));

        session.Fire();

        Assert.Equal("Lead 1:70", Assert.Single(session.Query<Label>()).Text);
    }

    [Fact]
    public void Update_MatchUpdatedAndRuleFiresAgain_LinkedFactUpdated()
    {
        var (session, _) = Engine.Session(typeof(LabelRule));
        var lead = new Lead(1, "a", 70);
        session.Insert(lead);
        session.Fire();
        var updates = 0;
        session.Events.FactUpdatedEvent += (_, e) => updates += e.Fact is Label ? 1 : 0;

        lead.Score = 75;
        session.Update(lead);
        session.Fire();

        Assert.Equal("Lead 1:75", Assert.Single(session.Query<Label>()).Text);
        Assert.Equal(1, updates);
    }

    [Fact]
    public void Retract_MatchGoesAway_LinkedFactRetracted()
    {
        var (session, _) = Engine.Session(typeof(LabelRule));
        var lead = new Lead(1, "a", 70);
        session.Insert(lead);
        session.Fire();

        session.Retract(lead);

        Assert.Empty(session.Query<Label>());
    }

    [Fact]
    public void Fire_YieldedFact_MatchedByOtherRulesInSameFire()
    {
        var (session, recorder) = Engine.Session(typeof(LabelRule), typeof(LabelSeenRule));
        session.Insert(new Lead(1, "a", 70));

        session.Fire();

        Assert.Equal(["seen Lead 1:70"], recorder.Entries);
    }

    /// <summary>A linked fact whose identity is the lead it labels.</summary>
    public sealed class Label(Lead lead, string text) : IIdentityProvider
    {
        public Lead Lead { get; } = lead;
        public string Text { get; } = text;

        public object GetIdentity() => Lead;
    }

    private sealed class LabelRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Yield(ctx => new Label(lead, $"{lead}:{lead.Score}"));
        }
    }

    private sealed class LabelSeenRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Label label = null!;
            When().Match(() => recorder).Match(() => label);
            Then().Do(ctx => recorder.Add($"seen {label.Text}"));
        }
    }
}
