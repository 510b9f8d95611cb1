using System.Globalization;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>Turns a fact the rules matched or inserted into a <see cref="TraceFact"/>: its type and key fields.</summary>
public static class FactDescriber
{
    public static TraceFact Describe(object? fact) => fact switch
    {
        null => Fact("None"),
        RoutingPolicy => Fact("RoutingPolicy"),
        LeadProfile p => Fact("Lead", ("id", p.Lead.Id), ("domain", p.Domain), ("segment", p.Segment.ToString()),
            ("intent", p.Intent.ToString()), ("fit", p.Fit.ToString())),
        AccountCandidate c => Fact("AccountCandidate", ("account", c.Account.Id), ("kind", c.Kind.ToString()), ("score", Score(c.Score))),
        MatchedAccount m => Fact("MatchedAccount", ("account", m.Candidate.Account.Id), ("kind", m.Kind.ToString()), ("score", Score(m.Candidate.Score))),
        LeadAccount l => Fact("LeadAccount", ("account", l.Account.Id), ("kind", l.Match.Kind.ToString())),
        OwningAccount o => Fact("OwningAccount", ("account", o.Id), ("status", o.Account.Status.ToString()), ("subsidiary", o.Subsidiary?.Id)),
        OwnerClaim c => Fact("OwnerClaim", ("level", c.Level.ToString()), ("rank", Num(c.Rank)), ("rep", c.Rep?.Id), ("queue", c.Queue), ("account", c.AccountId)),
        RepProfile r => Fact("Rep", ("rep", r.Id), ("openLeads", Num(r.Workload.OpenLeads)), ("status", r.Rep.Status.ToString())),
        TerritoryMatch t => Fact("TerritoryMatch", ("territory", t.Id), ("vertical", t.Vertical.ToString()), ("geography", t.Geography.ToString()),
            ("dimensionRank", Num(t.DimensionRank)), ("scoreRank", Num(t.ScoreRank))),
        ChosenTerritory t => Fact("ChosenTerritory", ("territory", t.Id), ("by", t.How)),
        NearestTerritory n => Fact("NearestTerritory", ("territory", n.Id), ("area", n.Area)),
        Candidate c => Fact("Candidate", ("rep", c.RepId), ("territory", c.Territory.Id)),
        EligibleCandidate e => Fact("EligibleCandidate", ("rep", e.RepId)),
        Exclusion x => Fact("Exclusion", ("rep", x.RepId), ("reason", x.Reason), ("actual", x.Actual), ("limit", x.Limit)),
        DistributionChoice d => Fact("DistributionChoice", ("strategy", d.Strategy.ToString()), ("rep", d.Chosen.RepId), ("inputs", d.Inputs),
            ("cursor", d.Cursor is { } cursor ? Num(cursor.Position) : null)),
        Assignment a => Fact("Assignment", ("level", a.Level.ToString()), ("rep", a.Assignee.RepId), ("queue", a.Assignee.QueueName),
            ("territory", a.Territory?.Id), ("account", a.AccountId)),
        DecisionDraft d => Fact("DecisionDraft", ("level", d.Assignment.Level.ToString()), ("rep", d.Assignment.Assignee.RepId),
            ("queue", d.Assignment.Assignee.QueueName), ("treatment", d.Treatment.Treatment.ToString()), ("priority", d.Priority.ToString())),
        SlaAssessment s => Fact("SlaAssessment", ("leadType", s.LeadType.ToString()), ("respondBy", Time(s.RespondBy)), ("escalateAt", Time(s.EscalateAt))),
        TreatmentAssessment t => Fact("TreatmentAssessment", ("treatment", t.Treatment.ToString()), ("rank", Num(t.Rank))),
        HotPriority h => Fact("HotPriority", ("reason", h.Reason)),
        DecisionFlag f => Fact("DecisionFlag", ("flag", f.Flag.ToString())),
        RecentLead r => Fact("RecentLead", ("lead", r.LeadId), ("account", r.AccountId), ("rep", r.RepId), ("at", Time(r.At))),
        PreviousLead p => Fact("PreviousLead", ("lead", p.Id), ("account", p.AccountId), ("rep", p.OwnerId), ("outcome", p.Outcome.ToString())),
        Opportunity o => Fact("Opportunity", ("opportunity", o.Id), ("account", o.AccountId), ("rep", o.OwnerId), ("status", o.Status.ToString())),
        CreatedAccount c => Fact("CreatedAccount", ("account", c.Account.Id), ("owner", c.Account.OwnerId)),
        UnknownDomainSighting u => Fact("UnknownDomainSighting", ("domain", u.Domain), ("earlierLeads", Num(u.EarlierLeads)), ("firstOwner", u.FirstOwnerId)),
        DomainSighted d => Fact("DomainSighted", ("domain", d.Domain)),
        AccountNote n => Fact("AccountNote", ("account", n.AccountId), ("note", n.Note)),
        SeniorityRequirement s => Fact("SeniorityRequirement", ("profile", s.Profile.ToString()), ("rank", Num(s.Rank))),
        WeightAdjustment w => Fact("WeightAdjustment", ("rep", w.RepId), ("factor", Score(w.Factor))),
        QueueLoad q => Fact("QueueLoad", ("queue", q.Queue), ("length", Num(q.Length))),
        FallbackQueues f => Fact("FallbackQueues", ("defaultPool", f.DefaultPool), ("priorityQueue", f.PriorityQueue), ("escalation", f.Escalation)),
        NoTerritoryMatch n => Fact("NoTerritoryMatch", ("country", n.Country), ("department", n.Department), ("industry", n.Industry)),
        IpAccountSignal s => Fact("IpAccountSignal", ("account", s.Account.Id), ("name", s.Account.Name), ("range", s.Range)),
        ReferrerAccount r => Fact("ReferrerAccount", ("account", r.Account.Id), ("name", r.Account.Name)),
        // Strings and collections last: the record types above are the usual facts, and an interface test costs more than a type test.
        string text => Fact("Value", ("value", text)),
        System.Collections.ICollection items => Fact("Collection", ("count", Num(items.Count))),
        System.Collections.IEnumerable items => Fact("Collection", ("count", Num(items.Cast<object>().Count()))),
        _ => Fact(fact.GetType().Name, ("value", fact.ToString())),
    };

    private static TraceFact Fact(string type, params ReadOnlySpan<(string Key, string? Value)> fields)
    {
        var count = 0;
        foreach (var field in fields)
        {
            count += field.Value is null ? 0 : 1;
        }

        var keys = new string[count];
        var values = new string[count];
        count = 0;
        foreach (var (key, value) in fields)
        {
            if (value is not null)
            {
                (keys[count], values[count]) = (key, value);
                count++;
            }
        }

        return new TraceFact(type, new FieldMap(keys, values));
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Score(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
