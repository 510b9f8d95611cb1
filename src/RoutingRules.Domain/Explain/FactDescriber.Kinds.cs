using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>The description of each kind of fact: its type and key fields.</summary>
public static partial class FactDescriber
{
    private static int Describe<TSink>(RepProfile r, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("Rep", ("rep", r.Id), ("openLeads", Num(r.Workload.OpenLeads)), ("status", Name(r.Rep.Status)));

    private static int Describe<TSink>(Candidate c, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("Candidate", ("rep", c.RepId), ("territory", c.Territory.Id));

    private static int Describe<TSink>(EligibleCandidate e, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("EligibleCandidate", ("rep", e.RepId));

    private static int Describe<TSink>(Exclusion x, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("Exclusion", ("rep", x.RepId), ("reason", x.Reason), ("actual", x.Actual), ("limit", x.Limit));

    private static int Describe<TSink>(LeadProfile p, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("Lead", ("id", p.Lead.Id), ("domain", p.Domain), ("segment", Name(p.Segment)), ("intent", Name(p.Intent)), ("fit", Name(p.Fit)),
            ("weakOn", p.WeakOn == FitCriteria.None ? null : Name(p.WeakOn)), ("filled", p.Filled == LeadFields.None ? null : Name(p.Filled)), ("filledFrom", p.FilledFrom?.Id),
            ("segmentFrom", p.SegmentFrom == SegmentSource.AnnualRevenue ? Name(p.SegmentFrom) : null),
            ("annualRevenue", p.SegmentFrom == SegmentSource.AnnualRevenue ? Amount(p.Lead.AnnualRevenue) : null));

    private static int Describe<TSink>(AccountCandidate c, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("AccountCandidate", ("account", c.Account.Id), ("kind", Name(c.Kind)), ("score", Score(c.Score)));

    private static int Describe<TSink>(MatchedAccount m, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("MatchedAccount", ("account", m.Candidate.Account.Id), ("kind", Name(m.Kind)), ("score", Score(m.Candidate.Score)));

    private static int Describe<TSink>(LeadAccount l, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("LeadAccount", ("account", l.Account.Id), ("kind", Name(l.Match.Kind)));

    private static int Describe<TSink>(OwningAccount o, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("OwningAccount", ("account", o.Id), ("name", o.Account.Name), ("status", Name(o.Account.Status)), ("subsidiary", o.Subsidiary?.Id));

    private static int Describe<TSink>(OwnerClaim c, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("OwnerClaim", ("level", Name(c.Level)), ("rank", Num(c.Rank)), ("rep", c.Rep?.Id), ("queue", c.Queue), ("account", c.AccountId));

    private static int Describe<TSink>(TerritoryMatch t, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("TerritoryMatch", ("territory", t.Id), ("vertical", Name(t.Vertical)), ("geography", Name(t.Geography)), ("dimensionRank", Num(t.DimensionRank)), ("scoreRank", Num(t.ScoreRank)));

    private static int Describe<TSink>(ChosenTerritory t, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("ChosenTerritory", ("territory", t.Id), ("by", t.How));

    private static int Describe<TSink>(NearestTerritory n, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("NearestTerritory", ("territory", n.Id), ("area", n.Area));

    private static int Describe<TSink>(DistributionChoice d, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("DistributionChoice", ("strategy", Name(d.Strategy)), ("rep", d.Chosen.RepId), ("inputs", d.Inputs), ("cursor", d.Cursor is { } cursor ? Num(cursor.Position) : null));

    private static int Describe<TSink>(Assignment a, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("Assignment", ("level", Name(a.Level)), ("rep", a.Assignee.RepId), ("queue", a.Assignee.QueueName), ("territory", a.Territory?.Id), ("account", a.AccountId));

    private static int Describe<TSink>(DecisionDraft d, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("DecisionDraft", ("level", Name(d.Assignment.Level)), ("rep", d.Assignment.Assignee.RepId), ("queue", d.Assignment.Assignee.QueueName), ("treatment", Name(d.Treatment.Treatment)), ("priority", Name(d.Priority)));

    private static int Describe<TSink>(SlaAssessment s, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("SlaAssessment", ("leadType", Name(s.LeadType)), ("respondBy", Time(s.RespondBy)), ("escalateAt", Time(s.EscalateAt)));

    private static int Describe<TSink>(TreatmentAssessment t, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("TreatmentAssessment", ("treatment", Name(t.Treatment)), ("rank", Num(t.Rank)));

    private static int Describe<TSink>(HotPriority h, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("HotPriority", ("reason", h.Reason));

    private static int Describe<TSink>(DecisionFlag f, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("DecisionFlag", ("flag", Name(f.Flag)));

    private static int Describe<TSink>(AccountActivity a, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("AccountActivity", ("account", a.AccountId), ("leads", Num(a.LeadCount)),
            ("lead", a.LatestLeadId), ("rep", a.LatestRepId), ("at", a.LatestAt is { } at ? Time(at) : null));

    private static int Describe<TSink>(PreviousLead p, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("PreviousLead", ("lead", p.Id), ("account", p.AccountId), ("rep", p.OwnerId), ("outcome", Name(p.Outcome)));

    private static int Describe<TSink>(Opportunity o, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("Opportunity", ("opportunity", o.Id), ("account", o.AccountId), ("rep", o.OwnerId), ("status", Name(o.Status)));

    private static int Describe<TSink>(CreatedAccount c, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("CreatedAccount", ("account", c.Account.Id), ("owner", c.Account.OwnerId));

    private static int Describe<TSink>(UnknownDomainSighting u, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("UnknownDomainSighting", ("domain", u.Domain), ("earlierLeads", Num(u.EarlierLeads)), ("firstOwner", u.FirstOwnerId));

    private static int Describe<TSink>(DomainSighted d, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("DomainSighted", ("domain", d.Domain));

    private static int Describe<TSink>(AccountNote n, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("AccountNote", ("account", n.AccountId), ("note", n.Note));

    private static int Describe<TSink>(SeniorityRequirement s, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("SeniorityRequirement", ("profile", Name(s.Profile)), ("rank", Num(s.Rank)), ("threshold", Amount(s.Threshold)));

    private static int Describe<TSink>(UnmetRequirement u, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("UnmetRequirement", ("profile", Name(u.Requirement.Profile)), ("rank", Num(u.Requirement.Rank)));

    private static int Describe<TSink>(WeightAdjustment w, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("WeightAdjustment", ("rep", w.RepId), ("factor", Score(w.Factor)));

    private static int Describe<TSink>(QueueLoad q, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("QueueLoad", ("queue", q.Queue), ("length", Num(q.Length)));

    private static int Describe<TSink>(FallbackQueues f, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("FallbackQueues", ("defaultPool", f.DefaultPool), ("priorityQueue", f.PriorityQueue), ("escalation", f.Escalation));

    private static int Describe<TSink>(NoTerritoryMatch n, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("NoTerritoryMatch", ("country", n.Country), ("department", n.Department), ("industry", n.Industry), ("reason", Name(n.Reason)));

    private static int Describe<TSink>(IpAccountSignal s, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("IpAccountSignal", ("account", s.Account.Id), ("name", s.Account.Name), ("range", s.Range));

    private static int Describe<TSink>(ReferrerAccount r, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("ReferrerAccount", ("account", r.Account.Id), ("name", r.Account.Name));

    // The partner manager's name too: the OPS explanation names whom to tell, and no other fact of the trace has it.
    private static int Describe<TSink>(PartnerNotification n, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("PartnerNotification", ("account", n.Account.Id), ("name", n.Account.Account.Name),
            ("rep", n.PartnerManager.Id), ("repName", n.PartnerManager.Rep.Name), ("departed", n.PartnerManager.Rep.Departed ? "true" : null));

    private static int Describe<TSink>(string text, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("Value", ("value", text));

    private static int Collection<TSink>(int count, ref TSink sink)
        where TSink : struct, IFactSink => sink.Fact("Collection", ("count", Num(count)));

    private static string Name<T>(T value)
        where T : struct, Enum => EnumNames<T>.Of(value);

    private static FactValue Num(long value) => FactValue.OfInteger(value);

    private static FactValue Score(double value) => FactValue.OfScore(value);

    // Policy amounts are whole numbers in practice (a score, euros); a fraction is kept as text rather than rounded.
    private static FactValue Amount(decimal? value)
    {
        if (value is not { } amount)
        {
            return (string?)null;
        }

        return amount == decimal.Truncate(amount) && Math.Abs(amount) <= long.MaxValue
            ? Num((long)amount)
            : amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static FactValue Time(DateTimeOffset value) => FactValue.OfTime(value);
}
