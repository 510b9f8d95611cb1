using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Turns a fact the rules matched or inserted into its type and key fields: a <see cref="TraceFact"/>,
/// or the same description written straight into a stored trace (<see cref="Binary.TraceBinary"/>)
/// without the objects in between.
/// </summary>
public static class FactDescriber
{
    public static TraceFact Describe(object? fact)
    {
        var sink = new TraceFactSink();
        Describe(fact, ref sink);
        return sink.Result!;
    }

    /// <summary>Describes <paramref name="fact"/> to <paramref name="sink"/>; returns the number of fields described.</summary>
    internal static int Describe<TSink>(object? fact, ref TSink sink)
        where TSink : struct, IFactSink => fact switch
    {
        null => sink.Fact("None"),
        // The kinds a decision has most of first: the switch tests the types in order.
        RepProfile r => sink.Fact("Rep", ("rep", r.Id), ("openLeads", Num(r.Workload.OpenLeads)), ("status", Name(r.Rep.Status))),
        Candidate c => sink.Fact("Candidate", ("rep", c.RepId), ("territory", c.Territory.Id)),
        EligibleCandidate e => sink.Fact("EligibleCandidate", ("rep", e.RepId)),
        Exclusion x => sink.Fact("Exclusion", ("rep", x.RepId), ("reason", x.Reason), ("actual", x.Actual), ("limit", x.Limit)),
        RoutingPolicy => sink.Fact("RoutingPolicy"),
        LeadProfile p => sink.Fact("Lead", ("id", p.Lead.Id), ("domain", p.Domain), ("segment", Name(p.Segment)),
            ("intent", Name(p.Intent)), ("fit", Name(p.Fit))),
        AccountCandidate c => sink.Fact("AccountCandidate", ("account", c.Account.Id), ("kind", Name(c.Kind)), ("score", Score(c.Score))),
        MatchedAccount m => sink.Fact("MatchedAccount", ("account", m.Candidate.Account.Id), ("kind", Name(m.Kind)), ("score", Score(m.Candidate.Score))),
        LeadAccount l => sink.Fact("LeadAccount", ("account", l.Account.Id), ("kind", Name(l.Match.Kind))),
        OwningAccount o => sink.Fact("OwningAccount", ("account", o.Id), ("status", Name(o.Account.Status)), ("subsidiary", o.Subsidiary?.Id)),
        OwnerClaim c => sink.Fact("OwnerClaim", ("level", Name(c.Level)), ("rank", Num(c.Rank)), ("rep", c.Rep?.Id), ("queue", c.Queue), ("account", c.AccountId)),
        TerritoryMatch t => sink.Fact("TerritoryMatch", ("territory", t.Id), ("vertical", Name(t.Vertical)), ("geography", Name(t.Geography)),
            ("dimensionRank", Num(t.DimensionRank)), ("scoreRank", Num(t.ScoreRank))),
        ChosenTerritory t => sink.Fact("ChosenTerritory", ("territory", t.Id), ("by", t.How)),
        NearestTerritory n => sink.Fact("NearestTerritory", ("territory", n.Id), ("area", n.Area)),
        DistributionChoice d => sink.Fact("DistributionChoice", ("strategy", Name(d.Strategy)), ("rep", d.Chosen.RepId), ("inputs", d.Inputs),
            ("cursor", d.Cursor is { } cursor ? Num(cursor.Position) : null)),
        Assignment a => sink.Fact("Assignment", ("level", Name(a.Level)), ("rep", a.Assignee.RepId), ("queue", a.Assignee.QueueName),
            ("territory", a.Territory?.Id), ("account", a.AccountId)),
        DecisionDraft d => sink.Fact("DecisionDraft", ("level", Name(d.Assignment.Level)), ("rep", d.Assignment.Assignee.RepId),
            ("queue", d.Assignment.Assignee.QueueName), ("treatment", Name(d.Treatment.Treatment)), ("priority", Name(d.Priority))),
        SlaAssessment s => sink.Fact("SlaAssessment", ("leadType", Name(s.LeadType)), ("respondBy", Time(s.RespondBy)), ("escalateAt", Time(s.EscalateAt))),
        TreatmentAssessment t => sink.Fact("TreatmentAssessment", ("treatment", Name(t.Treatment)), ("rank", Num(t.Rank))),
        HotPriority h => sink.Fact("HotPriority", ("reason", h.Reason)),
        DecisionFlag f => sink.Fact("DecisionFlag", ("flag", Name(f.Flag))),
        RecentLead r => sink.Fact("RecentLead", ("lead", r.LeadId), ("account", r.AccountId), ("rep", r.RepId), ("at", Time(r.At))),
        PreviousLead p => sink.Fact("PreviousLead", ("lead", p.Id), ("account", p.AccountId), ("rep", p.OwnerId), ("outcome", Name(p.Outcome))),
        Opportunity o => sink.Fact("Opportunity", ("opportunity", o.Id), ("account", o.AccountId), ("rep", o.OwnerId), ("status", Name(o.Status))),
        CreatedAccount c => sink.Fact("CreatedAccount", ("account", c.Account.Id), ("owner", c.Account.OwnerId)),
        UnknownDomainSighting u => sink.Fact("UnknownDomainSighting", ("domain", u.Domain), ("earlierLeads", Num(u.EarlierLeads)), ("firstOwner", u.FirstOwnerId)),
        DomainSighted d => sink.Fact("DomainSighted", ("domain", d.Domain)),
        AccountNote n => sink.Fact("AccountNote", ("account", n.AccountId), ("note", n.Note)),
        SeniorityRequirement s => sink.Fact("SeniorityRequirement", ("profile", Name(s.Profile)), ("rank", Num(s.Rank))),
        WeightAdjustment w => sink.Fact("WeightAdjustment", ("rep", w.RepId), ("factor", Score(w.Factor))),
        QueueLoad q => sink.Fact("QueueLoad", ("queue", q.Queue), ("length", Num(q.Length))),
        FallbackQueues f => sink.Fact("FallbackQueues", ("defaultPool", f.DefaultPool), ("priorityQueue", f.PriorityQueue), ("escalation", f.Escalation)),
        NoTerritoryMatch n => sink.Fact("NoTerritoryMatch", ("country", n.Country), ("department", n.Department), ("industry", n.Industry)),
        IpAccountSignal s => sink.Fact("IpAccountSignal", ("account", s.Account.Id), ("name", s.Account.Name), ("range", s.Range)),
        ReferrerAccount r => sink.Fact("ReferrerAccount", ("account", r.Account.Id), ("name", r.Account.Name)),
        // Strings and collections last: the record types above are the usual facts, and an interface test costs more than a type test.
        string text => sink.Fact("Value", ("value", text)),
        System.Collections.ICollection items => sink.Fact("Collection", ("count", Num(items.Count))),
        // The engine's Collect() results: counted without enumerating them.
        IReadOnlyCollection<object> items => sink.Fact("Collection", ("count", Num(items.Count))),
        System.Collections.IEnumerable items => sink.Fact("Collection", ("count", Num(items.Cast<object>().Count()))),
        _ => sink.Fact(fact.GetType().Name, ("value", fact.ToString())),
    };

    private static string Name<T>(T value)
        where T : struct, Enum => EnumNames<T>.Of(value);

    private static FactValue Num(long value) => FactValue.OfInteger(value);

    private static FactValue Score(double value) => FactValue.OfScore(value);

    private static FactValue Time(DateTimeOffset value) => FactValue.OfTime(value);
}
